package cn.justice.yearbook.render.workbook;

/**
 * Estimates how tall a row must be for its wrapped text. Excel and WPS do not re-fit row heights
 * when they open a file a program wrote, so the template sets them itself.
 */
public final class TextHeight {

    private TextHeight() {
    }

    /** Points needed to show {@code text} wrapped in a column {@code columnChars} wide, in a font of {@code points}. */
    public static float points(String text, double columnChars, short points) {
        return lines(text, columnChars, points) * points * 1.32f + 4f;
    }

    static int lines(String text, double columnChars, short points) {
        // a column width counts the default font's (11 pt) digits; a CJK character is a little less than two of them
        double usable = Math.max(1, columnChars - 1) * 11.0 / points;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double width = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                width += wide(paragraph.charAt(i)) ? 1.85 : 1.0;
            }
            lines += Math.max(1, (int) Math.ceil(width / usable));
        }
        return lines;
    }

    private static boolean wide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
    }
}
