package cn.justice.yearbook.render.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number as the yearbook prints it, with what the reader must know about it.
 *
 * @param value   the number (a rate in percent, 0 to 100); null when not reported or not applicable
 * @param flag    how the number came about
 * @param partial a county's figure in a prefecture's roll-up that leaves out some of its townships (one not
 *                reported, a value left out for an error, a rate without its counts), or a figure computed from one
 */
public record Figure(BigDecimal value, Flag flag, boolean partial) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Flag {
        /** A figure as reported, or a sum or ratio of such figures. */
        EXACT,
        /** Reported as an approximation (「2000余」); a sum containing one is approximate too. */
        APPROXIMATE,
        /** A rate a township reported without its counts: shown, but not part of the county rate. */
        RATE_WITHOUT_COUNTS,
        /** No usable figure: not reported, or left out because it was wrong. */
        NOT_REPORTED,
        /** The indicator does not apply, e.g. a rate whose denominator is zero. */
        NOT_APPLICABLE
    }

    public Figure {
        if ((value == null) != (flag == Flag.NOT_REPORTED || flag == Flag.NOT_APPLICABLE)) {
            throw new IllegalArgumentException("A figure has a value exactly when it is reported: " + value + " " + flag);
        }
        partial = partial && value != null;
    }

    public Figure(BigDecimal value, Flag flag) {
        this(value, flag, false);
    }

    /** The same figure, marked as leaving out some of the county's townships. */
    public Figure leavingOutTownships() {
        return new Figure(value, flag, true);
    }

    public static Figure of(BigDecimal value) {
        return new Figure(value, Flag.EXACT);
    }

    public static Figure of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    public static Figure approximate(BigDecimal value) {
        return new Figure(value, Flag.APPROXIMATE);
    }

    public static Figure rateWithoutCounts(BigDecimal value) {
        return new Figure(value, Flag.RATE_WITHOUT_COUNTS);
    }

    public static Figure notReported() {
        return new Figure(null, Flag.NOT_REPORTED);
    }

    public static Figure notApplicable() {
        return new Figure(null, Flag.NOT_APPLICABLE);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** This figure minus an earlier one; not reported unless both are, approximate if either is. */
    public Figure minus(Figure before) {
        if (!hasValue() || !before.hasValue()) {
            return notReported();
        }
        return carry(before, value.subtract(before.value));
    }

    /** The change from an earlier figure in percent of it; not applicable from zero. */
    public Figure percentChangeFrom(Figure before) {
        if (!hasValue() || !before.hasValue()) {
            return notReported();
        }
        if (before.value.signum() == 0) {
            return notApplicable();
        }
        return carry(before, value.subtract(before.value).multiply(HUNDRED)
                .divide(before.value.abs(), 4, RoundingMode.HALF_UP));
    }

    /**
     * This figure as a percentage of a whole (a township's or county's share of the total); the whole has a value,
     * not zero.
     */
    public Figure percentOf(Figure whole) {
        return carry(whole, value.multiply(HUNDRED).divide(whole.value, 4, RoundingMode.HALF_UP));
    }

    /** A figure computed from an approximate one is approximate too, and from a partial one partial. */
    private Figure carry(Figure other, BigDecimal result) {
        Figure figure = flag == Flag.APPROXIMATE || other.flag == Flag.APPROXIMATE ? approximate(result) : of(result);
        return partial || other.partial ? figure.leavingOutTownships() : figure;
    }
}
