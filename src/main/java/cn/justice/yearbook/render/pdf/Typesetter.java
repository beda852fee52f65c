package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets text in the yearbook's faces. Chinese text goes to the style's face; in body styles, digits
 * and Latin letters go to the figures face (old 宋体 files have poor Latin); any character the chosen
 * face lacks falls back to the heading face, so nothing silently disappears.
 */
final class Typesetter {

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final int FIRST_CJK_PUNCTUATION = 0x2000;

    private final YearbookFonts fonts;
    private final Map<TextStyle, Map<BaseFont, Font>> cache = new EnumMap<>(TextStyle.class);

    Typesetter(YearbookFonts fonts) {
        this.fonts = fonts;
    }

    Paragraph paragraph(String text, TextStyle style) {
        Paragraph paragraph = paragraph(style);
        paragraph.add(phrase(text, style));
        return paragraph;
    }

    /**
     * An empty paragraph in the style. Its own font matters: OpenPDF sets the spacing around a
     * paragraph in it, and the default would be a non-embedded Helvetica.
     */
    Paragraph paragraph(TextStyle style) {
        Paragraph paragraph = new Paragraph(style.leading());
        paragraph.setFont(font(style));
        return paragraph;
    }

    Phrase phrase(String raw, TextStyle style) {
        String text = fullWidthBrackets(raw);
        Phrase phrase = new Phrase(style.leading());
        StringBuilder run = new StringBuilder();
        BaseFont runFace = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            BaseFont face = faceFor(c, style);
            if (face != runFace && run.length() > 0) {
                phrase.add(chunk(run.toString(), font(runFace, style)));
                run.setLength(0);
            }
            runFace = face;
            run.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (run.length() > 0) {
            phrase.add(chunk(run.toString(), font(runFace, style)));
        }
        return phrase;
    }

    private static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    /**
     * Brackets typed half-width inside Chinese (村(社区)数) are set full-width, as Chinese text sets
     * them; a half-width closing bracket would otherwise be free to start a line on its own.
     */
    static String fullWidthBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean chinese = (i > 0 && isChinese(text.charAt(i - 1)))
                    || (i + 1 < text.length() && isChinese(text.charAt(i + 1)));
            out.append(!chinese ? c : c == '(' ? '（' : c == ')' ? '）' : c);
        }
        return out.toString();
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A raised, smaller mark after a number: the approximate-value 「*」. */
    Chunk superscript(String mark, TextStyle style) {
        Font small = new Font(fonts.figures(), style.size() * 0.75f, Font.NORMAL, INK);
        Chunk chunk = new Chunk(mark, small);
        chunk.setTextRise(style.size() * 0.35f);
        return chunk;
    }

    Font font(TextStyle style) {
        return font(style.heading() ? fonts.heading() : fonts.body(), style);
    }

    BaseFont face(TextStyle style) {
        return style.heading() ? fonts.heading() : fonts.body();
    }

    private BaseFont faceFor(int c, TextStyle style) {
        BaseFont preferred = style.heading() ? fonts.heading()
                : c < FIRST_CJK_PUNCTUATION ? fonts.figures() : fonts.body();
        if (preferred.charExists(c) || Character.isWhitespace(c)) {
            return preferred;
        }
        return fonts.heading().charExists(c) ? fonts.heading() : preferred;
    }

    private Font font(BaseFont face, TextStyle style) {
        return cache.computeIfAbsent(style, s -> new HashMap<>())
                .computeIfAbsent(face, f -> new Font(f, style.size(), Font.NORMAL, INK));
    }
}
