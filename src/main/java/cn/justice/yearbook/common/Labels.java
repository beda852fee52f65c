package cn.justice.yearbook.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises the labels people type in workbooks (indicator names, township names, header captions)
 * so that 「调解成功率（％）」, "调解成功率(%)" and " 调解 成功率 " compare equal.
 */
public final class Labels {

    private static final Pattern LEADING_NUMBERING =
            Pattern.compile("^\\s*(?:[(（]?[0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[、.．:：])\\s*");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}\"'“”‘’「」『』《》〈〉()（）\\[\\]【】%％:：*＊·•]");

    private Labels() {
    }

    /** Full-width to half-width, lower-case ASCII; keeps the text otherwise as typed. */
    public static String halfWidth(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return nfkc.replace('\u3000', ' ').strip();
    }

    /** The comparison key of a label: no spaces, quotes, brackets, numbering or case. */
    public static String key(String text) {
        String s = halfWidth(text);
        s = LEADING_NUMBERING.matcher(s).replaceFirst("");
        s = IGNORED.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String text) {
        return text == null || halfWidth(text).isEmpty();
    }
}
