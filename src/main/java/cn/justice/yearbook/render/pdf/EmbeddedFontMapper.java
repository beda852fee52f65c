package cn.justice.yearbook.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

import java.awt.Font;

/**
 * Sends every AWT font a chart asks for to the embedded sans face, so chart text is never set in
 * a non-embedded standard font and renders Chinese on any machine.
 */
final class EmbeddedFontMapper implements FontMapper {

    private final YearbookFonts fonts;

    EmbeddedFontMapper(YearbookFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return fonts.heading();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return fonts.chartFont().deriveFont((float) size);
    }
}
