package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.table.ChapterTables;

import java.util.List;

/** One chapter as the PDF prints it: its tables, then its charts. */
record ChapterPlan(ChapterTables tables, List<ChartSpec> charts) {

    ChapterPlan {
        charts = List.copyOf(charts);
    }

    String anchor() {
        return "chapter-" + tables.number();
    }
}
