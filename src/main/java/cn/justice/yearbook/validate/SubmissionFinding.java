package cn.justice.yearbook.validate;

import cn.justice.yearbook.finding.Finding;

/** A finding and the submission it belongs to. */
public record SubmissionFinding(long submissionId, Finding finding) {
}
