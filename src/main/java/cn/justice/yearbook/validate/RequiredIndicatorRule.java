package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;

/** Every indicator the catalogue marks required has a value; 0 is a value, blank is not. */
final class RequiredIndicatorRule implements SubmissionRule {

    @Override
    public void check(ReviewContext context) {
        for (Indicator indicator : context.catalogue().indicators()) {
            if (!indicator.required()) {
                continue;
            }
            boolean missing = context.reported(indicator.code())
                    .map(ReportedValue::parsed)
                    .map(p -> p.status() == ParsedValue.Status.MISSING)
                    .orElse(true);
            if (missing) {
                context.add(context.finding(Rule.REQUIRED_MISSING, indicator, indicator.name(), indicator.code()));
            }
        }
    }
}
