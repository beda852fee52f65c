package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Standing;
import cn.justice.yearbook.render.model.Yearbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each township stands on a category's key indicator: this year, last year, the change, its
 * share of the county total and its rank; townships in rank order, those without a figure last.
 */
final class StandingTable {

    private StandingTable() {
    }

    static StatTable of(Yearbook yearbook, IndicatorFigures key, String number) {
        int year = yearbook.edition().year();
        boolean rate = key.indicator().isPercent();
        NumberStyle style = NumberStyle.of(key.indicator());
        List<StatTable.Column> columns = List.of(
                new StatTable.Column(YearbookText.get("table.thisYear", year), null),
                new StatTable.Column(YearbookText.get("table.lastYear", year - 1), null),
                new StatTable.Column(YearbookText.get("table.change"), null),
                new StatTable.Column(YearbookText.get("table.changePercent"), null),
                new StatTable.Column(YearbookText.get("table.standing.share"), null),
                new StatTable.Column(YearbookText.get("table.standing.rank"), null));

        List<Row> rows = new ArrayList<>();
        Figure county = key.county();
        Figure countyBefore = key.countyIn(year - 1);
        rows.add(Row.total(YearbookText.get("table.total"), List.of(
                Cell.number(county, style),
                Cell.number(countyBefore, style),
                Cell.number(county.minus(countyBefore), rate ? NumberStyle.POINTS : style),
                Cell.number(rate ? Figure.notApplicable() : county.percentChangeFrom(countyBefore), NumberStyle.PERCENT),
                Cell.number(rate || !county.hasValue() ? Figure.notApplicable() : Figure.of(BigDecimal.valueOf(100)),
                        NumberStyle.PERCENT),
                Cell.number(Figure.notApplicable(), NumberStyle.COUNT))));
        List<String> ranked = key.standings().keySet().stream()
                .sorted(Comparator.comparingInt((String t) -> key.standings().get(t).rank())
                        .thenComparingInt(yearbook.townships()::indexOf))
                .toList();
        for (String township : ranked) {
            Standing s = key.standings().get(township);
            rows.add(Row.data(township, List.of(
                    Cell.number(key.township(township), style),
                    Cell.number(s.previous(), style),
                    Cell.number(s.change(), rate ? NumberStyle.POINTS : style),
                    Cell.number(s.changePercent(), NumberStyle.PERCENT),
                    Cell.number(s.share(), NumberStyle.PERCENT),
                    Cell.number(Figure.of(s.rank()), NumberStyle.COUNT))));
        }
        for (String township : yearbook.townships()) {
            if (!key.standings().containsKey(township)) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.number(key.township(township), style));
                for (int i = 1; i < columns.size(); i++) {
                    cells.add(Cell.number(Figure.notReported(), NumberStyle.COUNT));
                }
                rows.add(Row.data(township, cells));
            }
        }

        List<String> notes = new ArrayList<>();
        notes.add(YearbookText.get("table.note.coverage", yearbook.townships().size(), key.reporting()));
        notes.add(YearbookText.get(rate ? "table.note.standing.rate" : "table.note.standing.count"));
        notes.addAll(TableNotes.symbolNotes(rows));
        notes.addAll(key.notes());
        return new StatTable(number, YearbookText.get("table.standing.title", year, key.indicator().name()),
                YearbookText.get(rate ? "table.standing.unit.rate" : "table.standing.unit", key.indicator().unit()),
                YearbookText.get("table.township"), columns, rows, notes);
    }
}
