package cn.justice.yearbook.validate;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;

import java.util.Collection;

/** What review made of a submission, from best to worst. */
public enum SubmissionStatus {
    /** Every value used; nothing open. */
    ACCEPTED,
    /** Every value used; warnings wait for an explanation. */
    WARNINGS,
    /** Values with errors are left out; the rest is used. */
    ERRORS,
    /** Nothing in the file can be used. */
    REJECTED;

    public static SubmissionStatus of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> Rule.isFileLevel(f.ruleId()))) {
            return REJECTED;
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return ERRORS;
        }
        if (findings.stream().anyMatch(Finding::isOpenWarning)) {
            return WARNINGS;
        }
        return ACCEPTED;
    }

    public String label() {
        return Messages.get("status." + name());
    }
}
