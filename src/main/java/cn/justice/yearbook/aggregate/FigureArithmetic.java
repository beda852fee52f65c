package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How statisticians combine township figures: counts are summed; a county rate is the ratio of the
 * summed numerators and denominators over townships that reported both (never the mean of township
 * rates); a rate reported without its counts is shown for its township but left out of the county rate.
 */
final class FigureArithmetic {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATE_SCALE = 4;

    private FigureArithmetic() {
    }

    /** Each township's figure for the indicator in one year. */
    static Map<String, Figure> townships(Indicator indicator, Map<String, Map<String, Fact>> year) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        year.forEach((township, facts) -> {
            Figure figure = township(indicator, facts);
            if (figure.flag() != Figure.Flag.NOT_REPORTED) {
                figures.put(township, figure);
            }
        });
        return figures;
    }

    static Figure township(Indicator indicator, Map<String, Fact> facts) {
        if (indicator.isRatio()) {
            Fact numerator = facts.get(indicator.numeratorCode());
            Fact denominator = facts.get(indicator.denominatorCode());
            if (numerator != null && denominator != null) {
                return ratio(numerator.number(), denominator.number(), numerator.approximate() || denominator.approximate());
            }
            Fact stated = facts.get(indicator.code());
            return stated == null ? Figure.notReported() : Figure.rateWithoutCounts(stated.number());
        }
        Fact fact = facts.get(indicator.code());
        if (fact == null) {
            return Figure.notReported();
        }
        return fact.approximate() ? Figure.approximate(fact.number()) : Figure.of(fact.number());
    }

    /** The county figure: the sum of counts, or the ratio of sums for a rate. */
    static Figure county(Indicator indicator, Map<String, Map<String, Fact>> year) {
        return tally(indicator, year).figure(indicator);
    }

    /** What the county figure is computed from, summed over the year's townships. */
    static Tally tally(Indicator indicator, Map<String, Map<String, Fact>> year) {
        Tally total = Tally.NONE;
        for (Map<String, Fact> facts : year.values()) {
            total = total.plus(Tally.of(indicator, facts));
        }
        return total;
    }

    static Figure ratio(BigDecimal numerator, BigDecimal denominator, boolean approximate) {
        if (denominator.signum() == 0) {
            return Figure.notApplicable();
        }
        BigDecimal rate = numerator.multiply(HUNDRED).divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
        return approximate ? Figure.approximate(rate) : Figure.of(rate);
    }
}
