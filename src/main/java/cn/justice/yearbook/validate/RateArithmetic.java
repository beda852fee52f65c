package cn.justice.yearbook.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a stated rate fits its counts. A rate stated with d decimals stands for every value that
 * rounds (half up) to it; 53 cases can give 98.1% (52/53) or 100%, never 98.8%.
 */
final class RateArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RateArithmetic() {
    }

    /** The decimals the rate was stated with: 85 → 0, 98.8 → 1. */
    static int decimals(BigDecimal stated) {
        return Math.max(0, stated.stripTrailingZeros().scale());
    }

    static BigDecimal rate(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return numerator.multiply(HUNDRED).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** numerator / denominator × 100, rounded to the stated decimals, equals the stated rate. */
    static boolean agrees(BigDecimal stated, BigDecimal numerator, BigDecimal denominator) {
        int d = decimals(stated);
        return rate(numerator, denominator, d).compareTo(stated.setScale(d, RoundingMode.HALF_UP)) == 0;
    }

    /** Some whole k between 0 and the denominator gives the stated rate. */
    static boolean reachable(BigDecimal stated, long denominator) {
        return wholeNumeratorsNear(stated, denominator).stream()
                .anyMatch(k -> agrees(stated, BigDecimal.valueOf(k), BigDecimal.valueOf(denominator)));
    }

    /** The reachable rates just below and above the stated one, as 「52/53=98.1%、53/53=100.0%」. */
    static String nearest(BigDecimal stated, long denominator) {
        int d = Math.max(1, decimals(stated));
        long below = floorNumerator(stated, denominator);
        List<String> options = new ArrayList<>();
        for (long k = below; k <= below + 1; k++) {
            if (k >= 0 && k <= denominator) {
                BigDecimal r = rate(BigDecimal.valueOf(k), BigDecimal.valueOf(denominator), d);
                options.add(k + "/" + denominator + "=" + r.toPlainString() + "%");
            }
        }
        return String.join("、", options);
    }

    private static long floorNumerator(BigDecimal stated, long denominator) {
        return stated.multiply(BigDecimal.valueOf(denominator)).divide(HUNDRED, 0, RoundingMode.FLOOR).longValue();
    }

    private static List<Long> wholeNumeratorsNear(BigDecimal stated, long denominator) {
        long center = floorNumerator(stated, denominator);
        List<Long> ks = new ArrayList<>();
        for (long k = center - 1; k <= center + 2; k++) {
            if (k >= 0 && k <= denominator) {
                ks.add(k);
            }
        }
        return ks;
    }
}
