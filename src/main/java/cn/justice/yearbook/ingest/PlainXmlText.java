package cn.justice.yearbook.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The character level of {@link PlainXmlReader}: UTF-8 sequences and XML 1.0 characters checked,
 * references checked, and text or attribute values decoded as the StAX parser gives them.
 */
final class PlainXmlText {

    /** A value holds bytes of 0x80 and above. */
    static final int NON_ASCII = 1;
    /** A value holds references, CR, or (in attribute values) tab or LF: decoded the slow way. */
    static final int ESCAPED = 2;

    private PlainXmlText() {
    }

    /**
     * Checks the run of multi-byte sequences at {@code i} (whose first byte is 0x80 or above); returns the index of the
     * first ASCII byte after it, or {@code end}. Three-byte sequences that cannot be overlong, a surrogate or U+FFFE/FFFF
     * (lead byte E1 to EF but ED, and not EF BF) are checked here in line, as Chinese text is almost all of them; under
     * C1, which does not inline {@link #checkSequence}, a township's worksheet was walked in about 10 % less time
     * (median of 18 alternated rounds over 2,000 worksheets).
     */
    static int checkNonAscii(byte[] b, int i, int end) throws NotPlainXmlException {
        while (i < end && b[i] < 0) {
            byte lead = b[i];
            if (lead >= (byte) 0xE1 && lead <= (byte) 0xEF && lead != (byte) 0xED && i + 2 < end
                    && b[i + 1] < (byte) 0xC0 && b[i + 2] < (byte) 0xC0 && (lead != (byte) 0xEF || b[i + 1] != (byte) 0xBF)) {
                i += 3;
            } else {
                i = checkSequence(b, i, end);
            }
        }
        return i;
    }

    /** Checks the multi-byte sequence at {@code i} (whose first byte is 0x80 or above); returns the index after it. */
    static int checkSequence(byte[] b, int i, int end) throws NotPlainXmlException {
        int first = b[i] & 0xFF;
        int length = first < 0xC2 ? 0 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : first < 0xF5 ? 4 : 0;
        if (length == 0 || i + length > end) {
            throw new NotPlainXmlException("not UTF-8", i);
        }
        int cp = first & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw new NotPlainXmlException("not UTF-8", i);
            }
            cp = cp << 6 | next & 0x3F;
        }
        boolean shortest = length == 2 || length == 3 && cp >= 0x800 || length == 4 && cp >= 0x10000;
        if (!shortest || cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF) {
            throw new NotPlainXmlException("not an XML character in UTF-8", i);
        }
        return i + length;
    }

    /**
     * The reference at {@code i} (an {@code &}): one of the five predefined entities or a character reference
     * to a legal character. Returns the character in the high half and the index after the {@code ;} in the low half.
     */
    static long reference(byte[] b, int i, int end) throws NotPlainXmlException {
        int semicolon = i + 1;
        while (semicolon < end && semicolon - i <= 12 && b[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= end || b[semicolon] != ';') {
            throw new NotPlainXmlException("not a reference", i);
        }
        int cp = b[i + 1] == '#' ? characterReference(b, i + 2, semicolon) : namedReference(b, i + 1, semicolon);
        if (cp < 0) {
            throw new NotPlainXmlException("not a predefined entity or a legal character reference", i);
        }
        return (long) cp << 32 | semicolon + 1;
    }

    private static int namedReference(byte[] b, int from, int to) {
        return switch (to - from) {
            case 2 -> b[from + 1] != 't' ? -1 : b[from] == 'l' ? '<' : b[from] == 'g' ? '>' : -1;
            case 3 -> b[from] == 'a' && b[from + 1] == 'm' && b[from + 2] == 'p' ? '&' : -1;
            case 4 -> b[from] == 'q' && b[from + 1] == 'u' && b[from + 2] == 'o' && b[from + 3] == 't' ? '"'
                    : b[from] == 'a' && b[from + 1] == 'p' && b[from + 2] == 'o' && b[from + 3] == 's' ? '\'' : -1;
            default -> -1;
        };
    }

    /** The character of {@code &#N;} or {@code &#xH;} between {@code from} and the {@code ;}; -1 when not a legal one. */
    private static int characterReference(byte[] b, int from, int to) {
        boolean hex = from < to && b[from] == 'x';
        int i = hex ? from + 1 : from;
        if (i == to) {
            return -1;
        }
        int cp = 0;
        for (; i < to; i++) {
            int digit = digit(b[i], hex);
            if (digit < 0) {
                return -1;
            }
            cp = cp * (hex ? 16 : 10) + digit;
            if (cp > 0x10FFFF) {
                return -1;
            }
        }
        return legal(cp) ? cp : -1;
    }

    private static int digit(byte c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** XML 1.0's Char production. */
    static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /**
     * The checked text or attribute value in {@code b[from, to)} as StAX gives it: references replaced, CR LF and
     * CR read as LF; in an attribute value tab, LF and CR (after that) as a space, as XML's value normalisation says.
     */
    @SuppressWarnings("deprecation") // String(byte[], int, int, int) is the cheapest copy of ASCII bytes into a String
    static String decode(byte[] b, int from, int to, int flags, boolean attribute) throws NotPlainXmlException {
        if (flags == 0) {
            return new String(b, 0, from, to - from);
        }
        if (flags == NON_ASCII) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(to - from);
        int run = from;
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c != '&' && c != '\r' && !(attribute && (c == '\t' || c == '\n'))) {
                i++;
                continue;
            }
            out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
            if (c == '&') {
                long ref = reference(b, i, to);
                out.appendCodePoint((int) (ref >>> 32));
                i = (int) ref;
            } else {
                out.append(attribute ? ' ' : c == '\r' ? '\n' : (char) c);
                i += c == '\r' && i + 1 < to && b[i + 1] == '\n' ? 2 : 1;
            }
            run = i;
        }
        out.append(new String(b, run, to - run, StandardCharsets.UTF_8));
        return out.toString();
    }
}
