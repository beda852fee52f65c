package cn.justice.yearbook.render.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * Breaks a table heading into lines that fit its column, by the rules of {@link ChineseLineBreaks};
 * explicit breaks keep the heading's lines even and independent of how OpenPDF fills a cell.
 */
final class LineBreaker {

    private LineBreaker() {
    }

    /** The text with line breaks inserted so no line is wider than the width; existing breaks are kept. */
    static String wrap(String text, BaseFont font, float size, float width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(wrapLine(paragraph, font, size, width));
        }
        return out.toString();
    }

    private static String wrapLine(String text, BaseFont font, float size, float width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (int i = 1; i < text.length(); i++) {
            if (font.getWidthPoint(text.substring(lineStart, i + 1), size) <= width) {
                continue;
            }
            int cut = i;
            while (cut > lineStart + 1 && (ChineseLineBreaks.NO_LINE_START.indexOf(text.charAt(cut)) >= 0
                    || ChineseLineBreaks.NO_LINE_END.indexOf(text.charAt(cut - 1)) >= 0)) {
                cut--;
            }
            out.append(text, lineStart, cut).append('\n');
            lineStart = cut;
        }
        return out.append(text.substring(lineStart)).toString();
    }
}
