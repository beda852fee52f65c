package cn.justice.yearbook.ingest;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;

import static cn.justice.yearbook.ingest.PlainXmlText.ESCAPED;
import static cn.justice.yearbook.ingest.PlainXmlText.NON_ASCII;

/**
 * A pull reader over a part's UTF-8 bytes for the plain XML that Excel and POI write, giving the events and
 * values the StAX parser gives for it, for about 60 % of Woodstox's time on a worksheet under C1: markup is read as bytes, names are matched
 * without building Strings, and only the values asked for become Strings.
 *
 * <p>It reads a strict subset of well-formed XML 1.0 and throws {@link NotPlainXmlException} on anything
 * else, well-formed or not: a DOCTYPE, CDATA, processing instructions, an encoding other than UTF-8, prefixed
 * element names, references other than the predefined entities and character references, non-ASCII names.
 * So whatever it reads, the StAX parser reads the same; whatever it does not, the caller gives to StAX.
 * Only the subset of {@link javax.xml.stream.XMLStreamReader} that {@link XlsxStreamReader} uses is there.
 * Comments are skipped; text between tags is one CHARACTERS event per run.
 */
final class PlainXmlReader extends StreamReaderSubset {

    private static final byte NAME_START = 1;
    private static final byte NAME_PART = 2;
    private static final byte SPACE = 4;
    /** A character that stands for itself in text and in attribute values. */
    private static final byte PLAIN = 8;
    /** Plain in an attribute value: tab and LF are not, as they are read as spaces. */
    private static final byte PLAIN_VALUE = 16;
    private static final byte[] CLASS = new byte[128];

    static {
        for (int c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = NAME_START | NAME_PART;
            CLASS[c + 'a' - 'A'] = NAME_START | NAME_PART;
        }
        CLASS['_'] = NAME_START | NAME_PART;
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = NAME_PART;
        }
        CLASS['-'] = NAME_PART;
        CLASS['.'] = NAME_PART;
        CLASS[' '] = SPACE;
        CLASS['\t'] = SPACE;
        CLASS['\n'] = SPACE;
        CLASS['\r'] = SPACE;
        for (int c = ' '; c < 128; c++) {
            if (c != '<' && c != '&' && c != '>' && c != '"' && c != '\'') {
                CLASS[c] |= PLAIN;
            }
        }
        for (int c = ' '; c < 128; c++) {
            CLASS[c] |= (CLASS[c] & PLAIN) != 0 ? PLAIN_VALUE : 0;
        }
        CLASS['\t'] |= PLAIN;
        CLASS['\n'] |= PLAIN;
    }

    private final byte[] b;
    private final int end;
    private int pos;
    private int event = START_DOCUMENT;
    /** At the START_ELEMENT of {@code <x/>}: its END_ELEMENT comes next. */
    private boolean emptyElement;
    /** At an END_ELEMENT: the element is still open until the next event. */
    private boolean closing;

    private final PlainXmlElements open = new PlainXmlElements();
    private final PlainXmlAttributes attributes = new PlainXmlAttributes();

    private int textAt;
    private int textEnd;
    private int textFlags;

    /** @throws NotPlainXmlException when the XML declaration is not a plain UTF-8, version 1.0 one */
    PlainXmlReader(byte[] bytes) throws NotPlainXmlException {
        b = bytes;
        end = bytes.length;
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (at("<?xml")) {
            pos = new PlainXmlDeclaration(b, pos).skip();
        }
    }

    @Override
    public int next() throws XMLStreamException {
        if (event == END_DOCUMENT) {
            throw new IllegalStateException("after the end of the document");
        }
        if (emptyElement) {
            emptyElement = false;
            closing = true;
            return event = END_ELEMENT;
        }
        if (closing) {
            closing = false;
            open.pop();
        }
        if (open.depth() == 0) {
            return event = event == START_DOCUMENT ? root() : epilog();
        }
        while (true) {
            if (pos >= end) {
                throw notPlain("an element not closed");
            }
            if (b[pos] != '<') {
                text();
                return event = CHARACTERS;
            }
            byte next = pos + 1 < end ? b[pos + 1] : 0;
            if (next == '/') {
                endTag();
                closing = true;
                return event = END_ELEMENT;
            }
            if (next != '!') {
                startTag();
                return event = START_ELEMENT;
            }
            comment();
        }
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        while (true) {
            int next = next();
            if (next == START_ELEMENT || next == END_ELEMENT) {
                return next;
            }
            for (int i = textAt; i < textEnd; i++) {
                if (b[i] < 0 || (CLASS[b[i]] & SPACE) == 0) {
                    throw notPlain("text where a tag was expected");
                }
            }
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            throw notPlain("element text asked for outside a start tag");
        }
        String text = null;
        StringBuilder texts = null;
        while (next() == CHARACTERS) {
            String run = PlainXmlText.decode(b, textAt, textEnd, textFlags, false);
            if (text == null) {
                text = run;
            } else {
                texts = (texts == null ? new StringBuilder(text) : texts).append(run);
            }
        }
        if (event != END_ELEMENT) {
            throw notPlain("an element inside a text-only element");
        }
        return texts != null ? texts.toString() : text != null ? text : "";
    }

    @Override
    public String getLocalName() {
        requireElement();
        return open.localName(b);
    }

    @Override
    public String getNamespaceURI() {
        requireElement();
        return open.namespaceUri();
    }

    @Override
    public QName getName() {
        return new QName(getNamespaceURI(), getLocalName());
    }

    /** With {@code namespaceURI} null, an attribute of any namespace, as the StAX parser does. */
    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        requireStartTag();
        try {
            return attributes.value(b, namespaceURI, localName, open);
        } catch (NotPlainXmlException e) {
            throw new IllegalStateException("a value checked when read fails when decoded", e);
        }
    }

    /** The start tag's attributes one by one, namespace declarations among them, for a reader that takes them all. */
    int attributeCount() {
        requireStartTag();
        return attributes.size();
    }

    boolean isNamespaceDeclaration(int index) {
        requireStartTag();
        return attributes.isDeclaration(index);
    }

    /** The qualified name of attribute {@code index}, as written. */
    String attributeName(int index) {
        requireStartTag();
        return attributes.name(b, index);
    }

    String attributeValue(int index) {
        requireStartTag();
        try {
            return attributes.value(b, index);
        } catch (NotPlainXmlException e) {
            throw new IllegalStateException("a value checked when read fails when decoded", e);
        }
    }

    private void requireStartTag() {
        if (event != START_ELEMENT) {
            throw new IllegalStateException("not at a start tag");
        }
    }

    @Override
    public void close() {
        // nothing held
    }

    private void requireElement() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("not at a tag");
        }
    }

    /** Before the root element: white space and comments, then the root's start tag. */
    private int root() throws NotPlainXmlException {
        misc();
        if (pos + 1 >= end || b[pos] != '<' || b[pos + 1] < 0 || (CLASS[b[pos + 1]] & NAME_START) == 0) {
            throw notPlain("no root element");
        }
        startTag();
        return START_ELEMENT;
    }

    /** After the root element: white space and comments only. */
    private int epilog() throws NotPlainXmlException {
        misc();
        if (pos != end) {
            throw notPlain("content after the root element");
        }
        return END_DOCUMENT;
    }

    private void misc() throws NotPlainXmlException {
        while (pos < end) {
            if (b[pos] == '<' && pos + 1 < end && b[pos + 1] == '!') {
                comment();
            } else if (b[pos] > 0 && (CLASS[b[pos]] & SPACE) != 0) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void startTag() throws NotPlainXmlException {
        int at = ++pos;
        if (name() >= 0) {
            throw notPlain("a prefixed element name");
        }
        open.push(at, pos - at);
        attributes.clear();
        while (true) {
            byte c = pos < end ? b[pos] : 0;
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/' && pos + 1 < end && b[pos + 1] == '>') {
                pos += 2;
                emptyElement = true;
                break;
            }
            if (c <= 0 || (CLASS[c] & SPACE) == 0) {
                throw notPlain("not a plain start tag");
            }
            c = ++pos < end ? b[pos] : 0;
            if (c > 0 && (CLASS[c] & SPACE) != 0) {
                skipSpace();
                c = pos < end ? b[pos] : 0;
            }
            if (c != '>' && c != '/') {
                attribute();
            }
        }
        attributes.complete(b, open);
    }

    private void attribute() throws NotPlainXmlException {
        int at = pos;
        int colon = name();
        int nameEnd = pos;
        if (pos < end && b[pos] != '=') {
            skipSpace();
        }
        if (pos >= end || b[pos] != '=') {
            throw notPlain("an attribute without a value");
        }
        if (++pos < end && b[pos] != '"') {
            skipSpace();
        }
        byte quote = pos < end ? b[pos] : 0;
        if (quote != '"' && quote != '\'') {
            throw notPlain("an attribute value not in quotes");
        }
        int valueAt = ++pos;
        int flags = 0;
        byte[] b = this.b;
        int end = this.end;
        int p = valueAt;
        while (true) {
            if (p >= end) {
                throw new NotPlainXmlException("an attribute value not closed", p);
            }
            byte c = b[p];
            if (c >= 0 && (CLASS[c] & PLAIN_VALUE) != 0) {
                p++;
            } else if (c == quote) {
                break;
            } else if (c < 0) {
                p = PlainXmlText.checkNonAscii(b, p, end);
                flags |= NON_ASCII;
            } else if (c == '&') {
                p = (int) PlainXmlText.reference(b, p, end);
                flags |= ESCAPED;
            } else if (c == '>' || c == '"' || c == '\'') {
                p++;
            } else if (c < 0x20 && (CLASS[c] & SPACE) != 0) {
                flags |= ESCAPED;
                p++;
            } else {
                throw new NotPlainXmlException("< or a control character in an attribute value", p);
            }
        }
        pos = p;
        attributes.add(b, at, nameEnd - at, colon, valueAt, pos++, flags);
    }

    /**
     * An end tag, its name compared in place with the open element's, which is a plain name: it matches when the bytes
     * are the same and no name character follows, which is what reading the name and comparing it would find, without
     * the reading (a worksheet walked in about 2 % less time under C1: median of 8 rounds alternating per worksheet).
     */
    private void endTag() throws NotPlainXmlException {
        pos += 2;
        if (!open.isCurrentNameAt(b, pos, end)) {
            throw notPlain("an end tag that does not match its start tag");
        }
        pos += open.currentNameLength();
        byte after = pos < end ? b[pos] : 0;
        if (after < 0 || after == ':' || (CLASS[after] & NAME_PART) != 0) {
            throw notPlain("an end tag that does not match its start tag");
        }
        if (after != '>') {
            skipSpace();
        }
        if (pos >= end || b[pos] != '>') {
            throw notPlain("not a plain end tag");
        }
        pos++;
    }

    /** A comment, checked and skipped; {@code <!} starting anything else is not plain. */
    private void comment() throws NotPlainXmlException {
        if (!at("<!--")) {
            throw notPlain("a DOCTYPE, CDATA or other declaration");
        }
        pos += 4;
        while (true) {
            if (pos + 2 >= end) {
                throw notPlain("a comment not closed");
            }
            byte c = b[pos];
            if (c == '-' && b[pos + 1] == '-') {
                if (b[pos + 2] != '>') {
                    throw notPlain("-- inside a comment");
                }
                pos += 3;
                return;
            }
            pos = character(c);
        }
    }

    /** A run of text up to the next tag. */
    private void text() throws NotPlainXmlException {
        byte[] b = this.b;
        int end = this.end;
        int at = pos;
        int p = at;
        int flags = 0;
        while (p < end) {
            byte c = b[p];
            if (c >= 0 && (CLASS[c] & PLAIN) != 0) {
                p++;
            } else if (c == '<') {
                break;
            } else if (c < 0) {
                p = PlainXmlText.checkNonAscii(b, p, end);
                flags |= NON_ASCII;
            } else if (c == '&') {
                p = (int) PlainXmlText.reference(b, p, end);
                flags |= ESCAPED;
            } else if (c == '>') {
                if (p > at && b[p - 1] == ']') {
                    throw new NotPlainXmlException("]> in text", p); // ]]> is not allowed; ]> goes with it, whatever precedes it
                }
                p++;
            } else if (c == '"' || c == '\'') {
                p++;
            } else if (c == '\r') {
                flags |= ESCAPED;
                p++;
            } else {
                throw new NotPlainXmlException("a control character", p);
            }
        }
        pos = p;
        textAt = at;
        textEnd = p;
        textFlags = flags;
    }

    /** Checks the character at {@code pos}, whose first byte is {@code c}; returns the index after it. */
    private int character(byte c) throws NotPlainXmlException {
        if (c < 0) {
            return PlainXmlText.checkNonAscii(b, pos, end);
        }
        if (c < 0x20 && (CLASS[c] & SPACE) == 0) {
            throw notPlain("a control character");
        }
        return pos + 1;
    }

    /** An ASCII name without a colon or with one inside it; returns the colon's index or -1. */
    private int name() throws NotPlainXmlException {
        byte[] b = this.b;
        int end = this.end;
        int p = pos;
        if (p >= end || b[p] < 0 || (CLASS[b[p]] & NAME_START) == 0) {
            throw notPlain("not a plain name");
        }
        int colon = -1;
        while (++p < end) {
            byte c = b[p];
            if (c >= 0 && (CLASS[c] & NAME_PART) != 0) {
                continue;
            }
            if (c == ':' && colon < 0 && p + 1 < end && b[p + 1] >= 0 && (CLASS[b[p + 1]] & NAME_START) != 0) {
                colon = p;
            } else if (c == ':' || c < 0) {
                throw new NotPlainXmlException("not a plain name", p);
            } else {
                break;
            }
        }
        pos = p;
        return colon;
    }

    /**
     * Called only where a space may be: under C1 a call costs more than the test before it, and Excel writes one space
     * between attributes and none around {@code =} (a worksheet walked in about 10 % less time, median of 18 alternated rounds).
     */
    private void skipSpace() {
        byte[] b = this.b;
        int end = this.end;
        int p = pos;
        while (p < end && b[p] > 0 && (CLASS[b[p]] & SPACE) != 0) {
            p++;
        }
        pos = p;
    }

    private boolean at(String ascii) {
        if (pos + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private NotPlainXmlException notPlain(String reason) {
        return new NotPlainXmlException(reason, pos);
    }

    static boolean reservedNamespace(String uri) {
        return uri.equals(XMLConstants.XML_NS_URI) || uri.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI);
    }
}
