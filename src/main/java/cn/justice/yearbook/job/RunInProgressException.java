package cn.justice.yearbook.job;

/** Another run holds the run lock; this one was refused before doing anything. */
public class RunInProgressException extends RuntimeException {
    public RunInProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
