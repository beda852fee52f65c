package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;

import java.util.List;

/** This year against last year for one county figure: change, and change in percent (counts only). */
final class YearOverYear {

    private YearOverYear() {
    }

    static Row row(IndicatorFigures figures, int year) {
        NumberStyle style = NumberStyle.of(figures.indicator());
        Figure now = figures.countyIn(year);
        Figure before = figures.countyIn(year - 1);
        boolean rate = figures.indicator().isPercent();
        return Row.data(figures.indicator().name(), List.of(
                Cell.text(figures.indicator().unit()),
                Cell.number(now, style),
                Cell.number(before, style),
                Cell.number(now.minus(before), rate ? NumberStyle.POINTS : style),
                Cell.number(rate ? Figure.notApplicable() : now.percentChangeFrom(before), NumberStyle.PERCENT),
                Cell.number(Figure.of(figures.reporting()), NumberStyle.COUNT)));
    }
}
