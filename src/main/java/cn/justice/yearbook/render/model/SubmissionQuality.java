package cn.justice.yearbook.render.model;

import java.util.List;

/**
 * What became of one township's submission.
 *
 * @param township  the township
 * @param status    accepted, accepted with warnings or errors, rejected, or not submitted
 * @param warnings  warnings kept on record, with the township's explanation where it gave one
 * @param errors    values left out of the yearbook and why
 */
public record SubmissionQuality(String township, SubmissionStatus status, List<QualityNote> warnings,
                                List<QualityNote> errors) {

    public SubmissionQuality {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
