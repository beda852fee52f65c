package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.table.ChapterTables;
import cn.justice.yearbook.render.table.StatTable;
import cn.justice.yearbook.render.table.YearbookTables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the PDF will contain, decided before the first page is set, so that the contents can
 * list it all before the pages it lists are laid out.
 */
record YearbookPlan(Yearbook yearbook, List<ChapterPlan> chapters, Map<String, ContentsEntry> entries) {

    static final String COVER = "cover";
    static final String NOTES = "notes";
    static final String CONTENTS = "contents";
    static final String DEFINITIONS = "appendix-1";
    static final String QUALITY = "appendix-2";

    static YearbookPlan of(Yearbook yearbook, int maxColumns) {
        ChartPlanner charts = new ChartPlanner(yearbook.edition().year());
        List<ChapterPlan> chapters = new ArrayList<>();
        for (ChapterTables tables : new YearbookTables(maxColumns).plan(yearbook)) {
            chapters.add(new ChapterPlan(tables, charts.charts(tables)));
        }
        Map<String, ContentsEntry> entries = new LinkedHashMap<>();
        add(entries, new ContentsEntry(COVER, 1, yearbook.edition().title(), false));
        add(entries, new ContentsEntry(NOTES, 1, YearbookText.get("front.notes"), true));
        add(entries, new ContentsEntry(CONTENTS, 1, YearbookText.get("front.contents").replace("　", ""), false));
        for (ChapterPlan chapter : chapters) {
            add(entries, new ContentsEntry(chapter.anchor(), 1, chapterHeading(chapter), true));
            for (StatTable table : chapter.tables().tables()) {
                add(entries, new ContentsEntry(table.number(), 2, table.caption(), true));
            }
            for (ChartSpec chart : chapter.charts()) {
                add(entries, new ContentsEntry(chart.number(), 2, chart.fullCaption(), true));
            }
        }
        add(entries, new ContentsEntry(DEFINITIONS, 1, appendixHeading(1, "appendix.definitions"), true));
        add(entries, new ContentsEntry(QUALITY, 1, appendixHeading(2, "appendix.quality"), true));
        return new YearbookPlan(yearbook, chapters, entries);
    }

    ContentsEntry entry(String id) {
        ContentsEntry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("No contents entry " + id);
        }
        return entry;
    }

    List<ContentsEntry> listed() {
        return entries.values().stream().filter(ContentsEntry::listed).toList();
    }

    private static String chapterHeading(ChapterPlan chapter) {
        return YearbookText.get("chapter.heading", YearbookText.chineseNumber(chapter.tables().number()),
                chapter.tables().title());
    }

    private static String appendixHeading(int n, String key) {
        return YearbookText.get("appendix.heading", YearbookText.chineseNumber(n), YearbookText.get(key));
    }

    private static void add(Map<String, ContentsEntry> entries, ContentsEntry entry) {
        entries.put(entry.id(), entry);
    }
}
