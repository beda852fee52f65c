package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;

import java.math.BigDecimal;

/** Each value on its own: a number at all, whole where it counts things, not negative, a rate within 0–100, its unit. */
final class ValueFormRule implements SubmissionRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(ReviewContext context) {
        for (ReportedValue value : context.standingValues()) {
            Indicator indicator = value.indicator();
            ParsedValue parsed = value.parsed();
            switch (parsed.status()) {
                case MISSING -> {
                }
                case INVALID -> {
                    context.exclude(value);
                    context.add(context.finding(parsed.problem(), indicator, indicator.name(), value.display(), indicator.unit()));
                }
                case VALUE -> checkNumber(context, value, indicator, parsed);
            }
        }
    }

    private static void checkNumber(ReviewContext context, ReportedValue value, Indicator indicator, ParsedValue parsed) {
        BigDecimal number = parsed.number();
        String shown = Numbers.plain(number);
        if (number.signum() < 0) {
            context.exclude(value);
            context.add(context.finding(Rule.NEGATIVE_VALUE, indicator, indicator.name(), shown));
            return;
        }
        if (indicator.type() == IndicatorType.COUNT && number.stripTrailingZeros().scale() > 0) {
            context.exclude(value);
            context.add(context.finding(Rule.COUNT_NOT_WHOLE, indicator, indicator.name(), shown, indicator.unit()));
            return;
        }
        if (indicator.isPercent() && number.compareTo(HUNDRED) > 0) {
            context.exclude(value);
            context.add(context.finding(Rule.PERCENT_OUT_OF_RANGE, indicator, indicator.name(), shown));
            return;
        }
        if (parsed.approximate()) {
            context.add(context.finding(Rule.APPROXIMATE_VALUE, indicator, indicator.name(), value.display(), shown));
        }
        if (parsed.fractionScaled()) {
            context.add(context.finding(Rule.PERCENT_AS_FRACTION, indicator, indicator.name(), value.display(), shown));
        }
        String typedUnit = parsed.unitText() != null ? parsed.unitText() : value.unitColumn();
        if (!Labels.isBlank(typedUnit) && !UnitCompatibility.compatible(typedUnit, indicator.unit())) {
            context.add(context.finding(Rule.UNIT_MISMATCH, indicator, indicator.name(), Labels.halfWidth(typedUnit), indicator.unit()));
        }
    }
}
