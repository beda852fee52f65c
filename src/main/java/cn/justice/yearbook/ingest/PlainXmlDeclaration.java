package cn.justice.yearbook.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The XML declaration {@link PlainXmlReader} reads: version 1.0, encoding UTF-8 if any (in any case),
 * standalone yes or no if given, in that order, as XML 1.0 writes it. Anything else is not plain.
 */
final class PlainXmlDeclaration {

    private final byte[] b;
    private final int start;
    private int pos;

    /** @param at the {@code <?xml} */
    PlainXmlDeclaration(byte[] b, int at) {
        this.b = b;
        this.start = at;
        this.pos = at + "<?xml".length();
    }

    /** Checks the declaration; returns the index after its {@code ?>}. */
    int skip() throws NotPlainXmlException {
        if (!space()) {
            throw notPlain(); // <?xml-stylesheet …?> and the like are processing instructions
        }
        if (!"1.0".equals(pseudoAttribute("version"))) {
            throw notPlain();
        }
        boolean space = space();
        if (space && at("encoding")) {
            if (!"UTF-8".equalsIgnoreCase(pseudoAttribute("encoding"))) {
                throw notPlain();
            }
            space = space();
        }
        if (space && at("standalone")) {
            String standalone = pseudoAttribute("standalone");
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw notPlain();
            }
            space();
        }
        if (!at("?>")) {
            throw notPlain();
        }
        return pos + 2;
    }

    /** {@code name = "value"} at {@code pos}: the value, printable ASCII only. */
    private String pseudoAttribute(String name) throws NotPlainXmlException {
        if (!at(name)) {
            throw notPlain();
        }
        pos += name.length();
        space();
        if (!at("=")) {
            throw notPlain();
        }
        pos++;
        space();
        byte quote = pos < b.length ? b[pos] : 0;
        if (quote != '"' && quote != '\'') {
            throw notPlain();
        }
        int valueAt = ++pos;
        while (pos < b.length && b[pos] != quote) {
            if (b[pos] <= ' ' || b[pos] == '<' || b[pos] == '&' || b[pos] == 0x7F) {
                throw notPlain();
            }
            pos++;
        }
        if (pos >= b.length) {
            throw notPlain();
        }
        return new String(b, valueAt, pos++ - valueAt, StandardCharsets.ISO_8859_1);
    }

    private boolean space() {
        int at = pos;
        while (pos < b.length && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\n' || b[pos] == '\r')) {
            pos++;
        }
        return pos > at;
    }

    private boolean at(String ascii) {
        if (pos + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private NotPlainXmlException notPlain() {
        return new NotPlainXmlException("not a plain XML declaration (version 1.0, UTF-8)", start);
    }
}
