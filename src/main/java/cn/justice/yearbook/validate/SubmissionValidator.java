package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.ingest.WorkbookReading;

import java.util.List;

/**
 * Reviews one submission on its own, as a statistics office's 审核 does: first each value's form,
 * then what is required, then ratios and the catalogue's relations. Comparisons with other
 * submissions (previous year, peer townships) need the store and happen in {@link CrossSubmissionReview}.
 */
public class SubmissionValidator {

    private final Catalogue catalogue;
    private final List<SubmissionRule> rules;

    public SubmissionValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.rules = List.of(new ValueFormRule(), new RequiredIndicatorRule(), new RatioRule(), new CatalogueCheckRule(catalogue));
    }

    /** @param expectedYear the year the run or the file's folder is for, or null when any year will do */
    public ReviewedSubmission review(WorkbookReading reading, Integer expectedYear) {
        ReviewContext context = new ReviewContext(catalogue, reading);
        ReportYearRule.check(context, expectedYear);
        List<Finding> early = context.findings();
        if (!SubmissionStatus.of(early).equals(SubmissionStatus.REJECTED)) {
            rules.forEach(rule -> rule.check(context));
        }
        List<Finding> findings = context.findings();
        SubmissionStatus status = SubmissionStatus.of(findings);
        List<ReviewedValue> values = status == SubmissionStatus.REJECTED
                ? reading.values().stream().map(v -> new ReviewedValue(v, false)).toList()
                : context.reviewedValues();
        return new ReviewedSubmission(reading, values, findings, status);
    }
}
