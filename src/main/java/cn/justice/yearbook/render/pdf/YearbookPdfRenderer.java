package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Yearbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the yearbook PDF. The contents page needs the page numbers of what follows it, so the
 * yearbook is set twice: the first pass finds where each heading lands, the second prints those
 * numbers. Should the second pass land differently (it never should: the contents keeps its
 * length), a third pass settles it.
 */
public final class YearbookPdfRenderer {

    private static final int MAX_PASSES = 3;

    private final YearbookFonts fonts;
    private final int maxColumns;

    /**
     * @param fonts      the embedded faces
     * @param maxColumns most indicator columns per table before a category's table is split
     */
    public YearbookPdfRenderer(YearbookFonts fonts, int maxColumns) {
        this.fonts = fonts;
        this.maxColumns = maxColumns;
    }

    /** Writes the PDF to the target atomically: a crash leaves the previous file, never half a file. */
    public void render(Yearbook yearbook, Path target) throws IOException {
        byte[] pdf = render(yearbook);
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /** The PDF, in the wording of the yearbook's level (a county's or the prefecture's roll-up). */
    public byte[] render(Yearbook yearbook) {
        return YearbookText.as(yearbook.edition().level(), () -> renderPasses(yearbook));
    }

    private byte[] renderPasses(Yearbook yearbook) {
        YearbookPass pass = new YearbookPass(YearbookPlan.of(yearbook, maxColumns), fonts);
        Pagination pagination = Pagination.unknown();
        for (int i = 0; i < MAX_PASSES; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            Pagination found = pass.render(pagination, out);
            if (found.equals(pagination)) {
                return out.toByteArray();
            }
            pagination = found;
        }
        throw new IllegalStateException("The yearbook's page numbers did not settle after " + MAX_PASSES + " passes");
    }
}
