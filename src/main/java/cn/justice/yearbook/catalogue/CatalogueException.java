package cn.justice.yearbook.catalogue;

/** The catalogue file cannot be used; the message names the file, line and problem for the operator. */
public class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
