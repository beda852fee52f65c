package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;

import java.util.ArrayList;
import java.util.List;

/** Chapter 1 (综合): the county's figures this year against last year, key indicators first. */
final class SummaryTables {

    private SummaryTables() {
    }

    static List<StatTable> of(Yearbook yearbook) {
        int year = yearbook.edition().year();
        List<Row> keyRows = new ArrayList<>();
        List<Row> allRows = new ArrayList<>();
        for (CategoryFigures category : yearbook.categories()) {
            allRows.add(Row.group(category.category()));
            for (IndicatorFigures figures : category.indicators()) {
                Row row = YearOverYear.row(figures, year);
                allRows.add(row);
                if (figures.indicator().key()) {
                    keyRows.add(row);
                }
            }
        }
        return List.of(
                table(yearbook, "表1-1", YearbookText.get("table.summary.key.title", year, year - 1), keyRows,
                        YearbookText.get("table.note.keyIndicators")),
                table(yearbook, "表1-2", YearbookText.get("table.summary.all.title", year, year - 1), allRows, null));
    }

    private static StatTable table(Yearbook yearbook, String number, String title, List<Row> rows, String lead) {
        int year = yearbook.edition().year();
        List<StatTable.Column> columns = List.of(
                new StatTable.Column(YearbookText.get("table.unitColumn"), null),
                new StatTable.Column(YearbookText.get("table.thisYear", year), null),
                new StatTable.Column(YearbookText.get("table.lastYear", year - 1), null),
                new StatTable.Column(YearbookText.get("table.change"), null),
                new StatTable.Column(YearbookText.get("table.changePercent"), null),
                new StatTable.Column(YearbookText.get("table.reporting"), null));
        List<String> notes = new ArrayList<>();
        if (lead != null) {
            notes.add(lead);
        }
        notes.add(YearbookText.get("table.note.points"));
        notes.add(YearbookText.get("table.note.reporting", yearbook.townships().size()));
        notes.addAll(TableNotes.symbolNotes(rows));
        return new StatTable(number, title, null, YearbookText.get("table.indicator"), columns, rows, notes);
    }
}
