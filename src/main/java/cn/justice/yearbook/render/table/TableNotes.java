package cn.justice.yearbook.render.table;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The notes (注) under a table: only those the table's own cells call for, then the aggregation's notes. */
final class TableNotes {

    private TableNotes() {
    }

    static List<String> forCategoryTable(Yearbook yearbook, List<IndicatorFigures> indicators, List<Row> rows) {
        List<String> notes = new ArrayList<>();
        for (IndicatorFigures figures : indicators) {
            Indicator indicator = figures.indicator();
            if (indicator.isRatio()) {
                notes.add(YearbookText.get("table.note.rate", indicator.name(),
                        yearbook.indicatorName(indicator.numeratorCode()), yearbook.indicatorName(indicator.denominatorCode())));
            }
        }
        notes.addAll(symbolNotes(rows));
        Set<String> missing = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.kind() == Row.Kind.DATA && row.cells().stream().anyMatch(c -> flagged(c, Figure.Flag.NOT_REPORTED))) {
                missing.add(row.label());
            }
        }
        if (!missing.isEmpty()) {
            notes.add(YearbookText.get("table.note.notReported", String.join("、", missing)));
        }
        indicators.forEach(i -> notes.addAll(i.notes()));
        return notes;
    }

    /** Explains the marks that occur in the rows, and no others. */
    static List<String> symbolNotes(List<Row> rows) {
        List<String> notes = new ArrayList<>();
        if (anyFigure(rows, f -> f.flag() == Figure.Flag.RATE_WITHOUT_COUNTS)) {
            notes.add(YearbookText.get("table.note.rateWithoutCounts"));
        }
        if (anyFigure(rows, f -> f.flag() == Figure.Flag.APPROXIMATE)) {
            notes.add(YearbookText.get("table.note.approximate"));
        }
        if (anyFigure(rows, Figure::partial)) {
            notes.add(YearbookText.get("table.note.leavesOutTownships"));
        }
        return notes;
    }

    private static boolean anyFigure(List<Row> rows, Predicate<Figure> test) {
        return rows.stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c instanceof Cell.Number number && test.test(number.figure()));
    }

    private static boolean flagged(Cell cell, Figure.Flag flag) {
        return cell instanceof Cell.Number number && number.figure().flag() == flag;
    }
}
