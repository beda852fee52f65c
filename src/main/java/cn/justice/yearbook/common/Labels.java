package cn.justice.yearbook.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Normalises the labels people type in workbooks (indicator names, township names, header captions)
 * so that 「调解成功率（％）」, "调解成功率(%)" and " 调解 成功率 " compare equal.
 */
public final class Labels {

    private static final Pattern LEADING_NUMBERING =
            Pattern.compile("^\\s*(?:[(（]?[0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[、.．:：])\\s*");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}\"'“”‘’「」『』《》〈〉()（）\\[\\]【】%％:：*＊·•]");

    /** Keys of the labels seen, by the text as typed: the same few hundred captions recur in every report. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_KEYS = 50_000;
    private static final int MAX_KEYED_LENGTH = 200;

    private Labels() {
    }

    /** Full-width to half-width, lower-case ASCII; keeps the text otherwise as typed. */
    public static String halfWidth(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = commonNfkc(text);
        if (nfkc == null) {
            nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return nfkc.replace('\u3000', ' ').strip();
    }

    /**
     * NFKC of a text made only of characters whose NFKC is known and composes with nothing: printable ASCII, CJK
     * unified ideographs (U+4E00–U+9FFF), the common CJK punctuation (U+3001–U+3011) and quotes and dashes, all
     * unchanged, and the full-width forms of ASCII (U+FF01–U+FF5E) and the ideographic space, which become ASCII.
     * Null for any other text, which {@link Normalizer} takes. Most labels and values are such text; LabelsTest
     * checks every one of these characters against {@link Normalizer}.
     */
    static String commonNfkc(String text) {
        char[] mapped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = commonNfkc(c);
            if (n == 0) {
                return null;
            }
            if (n != c) {
                if (mapped == null) {
                    mapped = text.toCharArray();
                }
                mapped[i] = n;
            }
        }
        return mapped == null ? text : new String(mapped);
    }

    /** The character's NFKC if it is one of {@link #commonNfkc(String)}'s, else 0. */
    static char commonNfkc(char c) {
        if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3011) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '\u2014', '\u2018', '\u2019', '\u201C', '\u201D', '\u00B7' -> c;
            default -> 0;
        };
    }

    /** The comparison key of a label: no spaces, quotes, brackets, numbering or case. */
    public static String key(String text) {
        if (text == null || text.length() > MAX_KEYED_LENGTH) {
            return computeKey(text);
        }
        String key = KEYS.get(text);
        if (key == null) {
            if (KEYS.size() >= MAX_KEYS) {
                KEYS.clear(); // a long-running service meets new texts for ever; start over rather than grow
            }
            key = computeKey(text);
            KEYS.put(text, key);
        }
        return key;
    }

    private static String computeKey(String text) {
        String s = halfWidth(text);
        s = LEADING_NUMBERING.matcher(s).replaceFirst("");
        s = IGNORED.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /** The text without the characters {@code [\s\p{Z}]} matches: ASCII white space and Unicode's separators. */
    public static String withoutSpaces(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r') || (c > 0x7F && Character.isSpaceChar(c));
            if (space && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    public static boolean isBlank(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
                return false; // normalising never turns a visible character into nothing
            }
        }
        return halfWidth(text).isEmpty();
    }
}
