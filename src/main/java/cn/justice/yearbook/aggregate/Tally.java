package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The sums behind a combined figure (a count's total; a rate's summed numerators and denominators over
 * townships that reported both), which add up the same over townships, over counties, or over both.
 *
 * @param numerator   a count's total, or a rate's summed numerators
 * @param denominator a rate's summed denominators; zero for a count
 * @param any         whether any township gave something to add
 * @param townships   how many townships gave something to add
 */
record Tally(BigDecimal numerator, BigDecimal denominator, boolean approximate, boolean any, int townships) {

    static final Tally NONE = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, false, false, 0);

    /** One township's part in the indicator's combined figure. */
    static Tally of(Indicator indicator, Map<String, Fact> facts) {
        if (indicator.isRatio()) {
            Fact n = facts.get(indicator.numeratorCode());
            Fact d = facts.get(indicator.denominatorCode());
            return n == null || d == null ? NONE : new Tally(n.number(), d.number(), n.approximate() || d.approximate(), true, 1);
        }
        if (!indicator.isAdditive()) {
            return NONE;
        }
        Fact fact = facts.get(indicator.code());
        return fact == null ? NONE : new Tally(fact.number(), BigDecimal.ZERO, fact.approximate(), true, 1);
    }

    Tally plus(Tally other) {
        if (!other.any) {
            return this;
        }
        if (!any) {
            return other;
        }
        return new Tally(numerator.add(other.numerator), denominator.add(other.denominator),
                approximate || other.approximate, true, townships + other.townships);
    }

    /** The combined figure: the total of a count, the ratio of the sums for a rate. */
    Figure figure(Indicator indicator) {
        if (indicator.isRatio()) {
            return any ? FigureArithmetic.ratio(numerator, denominator, approximate) : Figure.notReported();
        }
        if (!indicator.isAdditive()) {
            return Figure.notApplicable(); // a rate with no counts behind it cannot be combined at all
        }
        if (!any) {
            return Figure.notReported();
        }
        return approximate ? Figure.approximate(numerator) : Figure.of(numerator);
    }
}
