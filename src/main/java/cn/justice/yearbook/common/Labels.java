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
        String nfkc = unchangedByNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return nfkc.replace('\u3000', ' ').strip();
    }

    /**
     * Whether the text holds only printable ASCII and CJK unified ideographs (U+4E00–U+9FFF), which NFKC leaves as
     * they are: none of them has a decomposition or composes with its neighbour. Most labels and values are such text.
     */
    static boolean unchangedByNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F ? c < 0x4E00 || c > 0x9FFF : c < 0x20) {
                return false;
            }
        }
        return true;
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
