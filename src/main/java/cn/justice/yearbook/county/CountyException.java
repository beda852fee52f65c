package cn.justice.yearbook.county;

/** The county file cannot be used; the message says why, for the operator. */
public class CountyException extends RuntimeException {
    public CountyException(String message) {
        super(message);
    }

    public CountyException(String message, Throwable cause) {
        super(message, cause);
    }
}
