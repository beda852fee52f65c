package cn.justice.yearbook.catalogue;

import java.util.Locale;

public enum IndicatorType {
    /** A whole, non-negative number of things (cases, sessions, people). */
    COUNT,
    /** A rate in percent, 0 to 100. */
    PERCENT,
    /** A non-negative amount that may have decimals (money, area). */
    AMOUNT;

    static IndicatorType parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
