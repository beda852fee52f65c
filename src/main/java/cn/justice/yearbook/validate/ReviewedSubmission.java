package cn.justice.yearbook.validate;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.ingest.WorkbookReading;

import java.util.List;

/** One file after reading and review of its own content (before comparison with other submissions). */
public record ReviewedSubmission(WorkbookReading reading, List<ReviewedValue> values, List<Finding> findings,
                                 SubmissionStatus status) {

    public ReviewedSubmission {
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }
}
