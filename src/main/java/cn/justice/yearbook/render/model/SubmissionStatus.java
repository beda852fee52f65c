package cn.justice.yearbook.render.model;

/** What became of a township's submission for the year (or of a county's, in a roll-up), as the data-quality appendix reports it. */
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
    NOT_SUBMITTED(false),
    /**
     * A county in a prefecture's roll-up: some of its townships' figures are in, not all, and those in have no
     * warning or error. (A county's status is the first of ERRORS, WARNINGS, INCOMPLETE, ACCEPTED that applies;
     * NOT_SUBMITTED when none of its townships' figures are in.)
     */
    INCOMPLETE(true);

    private final boolean counted;

    SubmissionStatus(boolean counted) {
        this.counted = counted;
    }

    /** Whether the township's figures are part of this edition. */
    public boolean counted() {
        return counted;
    }
}
