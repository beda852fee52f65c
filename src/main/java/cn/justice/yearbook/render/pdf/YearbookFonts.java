package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * The yearbook's faces, parsed once: embedded as subsets (Identity-H, so text extracts as Unicode)
 * and, for the sans face, also as an AWT font so charts measure and draw with the very glyphs
 * the PDF embeds, whatever fonts the machine has.
 */
public final class YearbookFonts {

    private final BaseFont body;
    private final BaseFont heading;
    private final BaseFont figures;
    private final Font chartFont;

    private YearbookFonts(BaseFont body, BaseFont heading, BaseFont figures, Font chartFont) {
        this.body = body;
        this.heading = heading;
        this.figures = figures;
        this.chartFont = chartFont;
    }

    public static YearbookFonts load(RenderProperties.Fonts settings) {
        Map<String, BaseFont> loaded = new HashMap<>();
        BaseFont body = loaded.computeIfAbsent(settings.body(), YearbookFonts::baseFont);
        BaseFont heading = loaded.computeIfAbsent(settings.heading(), YearbookFonts::baseFont);
        BaseFont figures = loaded.computeIfAbsent(settings.figures(), YearbookFonts::baseFont);
        return new YearbookFonts(body, heading, figures, awtFont(FontFile.parse(settings.heading())));
    }

    private static BaseFont baseFont(String spec) {
        FontFile file = FontFile.parse(spec);
        try {
            BaseFont font = BaseFont.createFont(file.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, file.read(), null);
            font.setSubset(true);
            // at the default level, compressing the subsets was 9 % of a prefecture's yearbook step; this makes PDFs 6 % larger
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot use font " + spec + ": " + e.getMessage(), e);
        }
    }

    private static Font awtFont(FontFile file) {
        try {
            Font[] faces = Font.createFonts(new ByteArrayInputStream(file.read()));
            if (file.index() >= faces.length) {
                throw new IllegalStateException("Font " + file.location() + " has no face " + file.index());
            }
            return faces[file.index()];
        } catch (FontFormatException e) {
            throw new IllegalStateException("Cannot use font " + file.location() + " for charts: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BaseFont body() {
        return body;
    }

    public BaseFont heading() {
        return heading;
    }

    public BaseFont figures() {
        return figures;
    }

    /** The heading face as an AWT font for chart text, at size 1; derive the size you need. */
    public Font chartFont() {
        return chartFont;
    }
}
