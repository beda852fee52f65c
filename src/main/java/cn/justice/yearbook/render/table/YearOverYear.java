package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** This year against last year for one county figure: change, and change in percent (counts only). */
final class YearOverYear {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
                Cell.number(change(now, before), rate ? NumberStyle.POINTS : style),
                Cell.number(rate ? Figure.notApplicable() : changePercent(now, before), NumberStyle.PERCENT)));
    }

    static Figure change(Figure now, Figure before) {
        if (!now.hasValue() || !before.hasValue()) {
            return Figure.notReported();
        }
        return carry(now, before, now.value().subtract(before.value()));
    }

    static Figure changePercent(Figure now, Figure before) {
        if (!now.hasValue() || !before.hasValue()) {
            return Figure.notReported();
        }
        if (before.value().signum() == 0) {
            return Figure.notApplicable();
        }
        BigDecimal percent = now.value().subtract(before.value()).multiply(HUNDRED)
                .divide(before.value(), 4, RoundingMode.HALF_UP);
        return carry(now, before, percent);
    }

    /** A change computed from an approximate figure is approximate too. */
    private static Figure carry(Figure now, Figure before, BigDecimal value) {
        boolean approximate = now.flag() == Figure.Flag.APPROXIMATE || before.flag() == Figure.Flag.APPROXIMATE;
        return approximate ? Figure.approximate(value) : Figure.of(value);
    }
}
