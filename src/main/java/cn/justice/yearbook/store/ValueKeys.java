package cn.justice.yearbook.store;

/**
 * A stored value's id: its submission's id times {@link #PER_SUBMISSION} plus its place in the file. A submission's
 * values are one key range of the value table's own tree (migration V6), so no index on submission_id is kept.
 */
public final class ValueKeys {

    /** Places for one submission's values; a file has at most {@code yearbook.ingest.max-rows} rows of data. */
    public static final long PER_SUBMISSION = 1L << 20;

    /** SQL for "value v belongs to the submission whose id is {@code submissionId}", usable by the key's index. */
    public static String ofSubmission(String value, String submissionId) {
        return "%1$s.id BETWEEN %2$s * %3$d AND %2$s * %3$d + %4$d"
                .formatted(value, submissionId, PER_SUBMISSION, PER_SUBMISSION - 1);
    }

    static long of(long submissionId, int place) {
        if (place < 0 || place >= PER_SUBMISSION) {
            throw new IllegalArgumentException("a submission holds at most " + PER_SUBMISSION + " values, not " + (place + 1));
        }
        return submissionId * PER_SUBMISSION + place;
    }

    static long first(long submissionId) {
        return of(submissionId, 0);
    }

    static long last(long submissionId) {
        return of(submissionId, (int) (PER_SUBMISSION - 1));
    }

    private ValueKeys() {
    }
}
