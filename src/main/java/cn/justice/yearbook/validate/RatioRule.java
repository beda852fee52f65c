package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Rule;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * For each rate the catalogue defines as numerator / denominator × 100: the part is not larger than
 * the whole, a stated rate agrees with its counts, a rate stated without its numerator is at least
 * reachable from its denominator, and a rate without counts is flagged (it cannot enter county ratios).
 */
final class RatioRule implements SubmissionRule {

    @Override
    public void check(ReviewContext context) {
        for (Indicator rate : context.catalogue().indicators()) {
            if (rate.isRatio()) {
                check(context, rate);
            }
        }
    }

    private static void check(ReviewContext context, Indicator rate) {
        Indicator numerator = context.catalogue().get(rate.numeratorCode());
        Indicator denominator = context.catalogue().get(rate.denominatorCode());
        Optional<BigDecimal> num = context.number(numerator.code());
        Optional<BigDecimal> den = context.number(denominator.code());
        if (num.isPresent() && den.isPresent() && num.get().compareTo(den.get()) > 0) {
            context.exclude(numerator.code());
            context.exclude(denominator.code());
            context.add(context.finding(Rule.NUMERATOR_EXCEEDS_DENOMINATOR, numerator, numerator.name(),
                    Numbers.plain(num.get()), denominator.name(), Numbers.plain(den.get())));
            return;
        }
        Optional<BigDecimal> stated = context.number(rate.code());
        if (stated.isEmpty()) {
            return;
        }
        String shown = Numbers.plain(stated.get());
        if (num.isPresent() && den.isPresent()) {
            if (den.get().signum() > 0 && !RateArithmetic.agrees(stated.get(), num.get(), den.get())) {
                int decimals = Math.max(1, RateArithmetic.decimals(stated.get()));
                context.exclude(rate.code());
                context.add(context.finding(Rule.RATE_MISMATCH, rate, rate.name(), shown, numerator.name(),
                        Numbers.plain(num.get()), denominator.name(), Numbers.plain(den.get()),
                        RateArithmetic.rate(num.get(), den.get(), decimals).toPlainString()));
            }
            return;
        }
        if (den.isPresent() && den.get().signum() > 0 && isWhole(den.get())
                && !RateArithmetic.reachable(stated.get(), den.get().longValueExact())) {
            context.exclude(rate.code());
            context.add(context.finding(Rule.RATE_UNREACHABLE, rate, rate.name(), shown, denominator.name(),
                    Numbers.plain(den.get()) + denominator.unit(),
                    RateArithmetic.nearest(stated.get(), den.get().longValueExact()), numerator.name()));
            return;
        }
        context.add(context.finding(Rule.RATE_WITHOUT_COUNTS, rate, rate.name(), numerator.name(), denominator.name()));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
