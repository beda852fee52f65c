package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.table.StatTable;

/** A chapter on a new page: its heading, its tables, then its charts. */
final class ChapterWriter {

    private final Composition page;
    private final ChartWriter charts;

    ChapterWriter(Composition page, ChartWriter charts) {
        this.page = page;
        this.charts = charts;
    }

    void write(ChapterPlan chapter) {
        page.add(EditorialNotes.chapterHeading(page, chapter.anchor()));
        TableWriter tables = new TableWriter(page);
        for (StatTable table : chapter.tables().tables()) {
            tables.write(table);
        }
        chapter.charts().forEach(charts::write);
    }
}
