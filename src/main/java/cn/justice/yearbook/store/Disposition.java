package cn.justice.yearbook.store;

/** What a run did with a file it found in the drop folder. */
public enum Disposition {
    /** Found, not yet read. */
    PENDING,
    /** Read and reviewed; a submission was stored. */
    PROCESSED,
    /** A lock, temporary or hidden file: not a submission. */
    IGNORED,
    /** Still being copied or written when the run looked: left for the next run. */
    DEFERRED,
    /** The same bytes were processed before (or appear twice in this run): nothing new to store. */
    UNCHANGED
}
