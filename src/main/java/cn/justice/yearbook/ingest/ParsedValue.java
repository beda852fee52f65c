package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;

import java.math.BigDecimal;

/**
 * A cell's value as the pipeline understands it.
 *
 * @param approximate    typed with 余 / 多 / 以上 / 约 …: the number is a lower bound or estimate
 * @param unitText       a unit typed inside the value (「40件」 → 件), or null
 * @param fractionScaled a rate typed as a fraction (0.85) in a plain cell and read as 85%
 * @param problem        for {@link Status#INVALID}: the rule saying what is wrong with it
 */
public record ParsedValue(Status status, BigDecimal number, boolean approximate, String unitText,
                          boolean fractionScaled, Rule problem) {

    public enum Status {
        /** A number the pipeline can use (subject to validation). */
        VALUE,
        /** Nothing reported: blank, 「—」, 「/」. Different from zero. */
        MISSING,
        /** Something was typed that is not a number. */
        INVALID
    }

    public static ParsedValue of(BigDecimal number, boolean approximate, String unitText, boolean fractionScaled) {
        return new ParsedValue(Status.VALUE, number, approximate, unitText, fractionScaled, null);
    }

    public static ParsedValue missing() {
        return new ParsedValue(Status.MISSING, null, false, null, false, null);
    }

    public static ParsedValue invalid(Rule problem) {
        return new ParsedValue(Status.INVALID, null, false, null, false, problem);
    }

    public boolean hasValue() {
        return status == Status.VALUE;
    }
}
