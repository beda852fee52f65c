package cn.justice.yearbook.job;

/** The job itself could not complete (not a bad township file: those are findings). */
public class RunFailedException extends RuntimeException {
    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
