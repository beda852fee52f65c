package cn.justice.yearbook.render.model;

/** What became of a township's submission for the year, as the data-quality appendix reports it. */
public enum SubmissionStatus {
    /** Accepted with no open finding. */
    ACCEPTED(true),
    /** Accepted; some warnings remain, explained or not. */
    WARNINGS(true),
    /** Accepted in part: values with errors were left out. */
    ERRORS(true),
    /** Nothing in the file could be used. */
    REJECTED(false),
    /** No file arrived. */
    NOT_SUBMITTED(false);

    private final boolean counted;

    SubmissionStatus(boolean counted) {
        this.counted = counted;
    }

    /** Whether the township's figures are part of this edition. */
    public boolean counted() {
        return counted;
    }
}
