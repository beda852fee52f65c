package cn.justice.yearbook.render.model;

import java.util.List;

/**
 * What became of one township's submission; in a prefecture's roll-up, whose rows are counties, what became of one
 * county's townships' submissions.
 *
 * @param township  the township (in a roll-up, the county)
 * @param status    accepted, accepted with warnings or errors, rejected, or not submitted; for a county, see
 *                  {@link SubmissionStatus#INCOMPLETE}
 * @param warnings  warnings kept on record, with the township's explanation where it gave one
 * @param errors    values left out of the yearbook and why
 * @param townships in a roll-up, the county's townships' own lines, which hold its warnings and errors; empty for a
 *                  township
 */
public record SubmissionQuality(String township, SubmissionStatus status, List<QualityNote> warnings,
                                List<QualityNote> errors, List<SubmissionQuality> townships) {

    public SubmissionQuality {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        townships = List.copyOf(townships);
    }

    /** A township's line. */
    public SubmissionQuality(String township, SubmissionStatus status, List<QualityNote> warnings, List<QualityNote> errors) {
        this(township, status, warnings, errors, List.of());
    }

    /** Its warnings, with those of its townships. */
    public int warningCount() {
        return warnings.size() + townships.stream().mapToInt(SubmissionQuality::warningCount).sum();
    }

    /** Its left-out values, with those of its townships. */
    public int errorCount() {
        return errors.size() + townships.stream().mapToInt(SubmissionQuality::errorCount).sum();
    }

    /** Counted, with nothing to say: no warning, no left-out value, no township missing. */
    public boolean clean() {
        return status.counted() && status != SubmissionStatus.INCOMPLETE && warningCount() == 0 && errorCount() == 0;
    }
}
