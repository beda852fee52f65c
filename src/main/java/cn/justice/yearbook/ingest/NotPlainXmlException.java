package cn.justice.yearbook.ingest;

import javax.xml.stream.XMLStreamException;

/**
 * A part is not in the plain subset of XML that {@link PlainXmlReader} reads. Not an error: the part is read
 * again by the StAX parser, which decides what it is.
 */
final class NotPlainXmlException extends XMLStreamException {

    NotPlainXmlException(String reason, int offset) {
        super(reason + " at byte " + offset);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a routine signal, thrown often on odd files: no stack trace to pay for
    }
}
