package cn.justice.yearbook.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as they appear in messages: no exponent, no trailing zeros, rates with their stated decimals. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String fixed(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
