package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * The dotted leader and page number that end a contents line. The number is not known when the
 * line is set, so the line ends in a fixed-width template that is printed into once every page is
 * laid out (the "page X of Y" device). The number sits right-aligned in it, and the template carries
 * the leader's dots on, in step, up to the number: the line looks as if the number had been set with it.
 */
final class ContentsPageNumber {

    /** Room for any page number up to 9999, and for the leader's overrun. */
    private static final String WIDEST = "0000";
    private static final float DOT_GAP = 2.5f;

    private final Typesetter type;
    private final TextStyle style;
    private final Leader leader = new Leader();
    private final PdfTemplate template;
    private final float baseline;

    ContentsPageNumber(Composition page, TextStyle style) {
        this.type = page.type();
        this.style = style;
        BaseFont face = type.face(style);
        float ascent = face.getFontDescriptor(BaseFont.ASCENT, style.size());
        float descent = face.getFontDescriptor(BaseFont.DESCENT, style.size());
        float width = ColumnText.getWidth(type.phrase(WIDEST, style)) + Leader.OVERRUN;
        template = page.writer().getDirectContent().createTemplate(width, ascent - descent);
        baseline = -descent;
    }

    /** The dots, stretching from the entry's title to the number. */
    Chunk leader() {
        Chunk chunk = new Chunk(leader);
        chunk.setFont(type.font(style));
        return chunk;
    }

    /** Where the number will be; the template's baseline is the line's. */
    Chunk number() {
        Chunk chunk = new Chunk(Image.getInstance(template), 0, -baseline);
        chunk.setFont(type.font(style)); // else OpenPDF selects a non-embedded Helvetica for it
        return chunk;
    }

    void print(String label) {
        Phrase number = type.phrase(label, style);
        float numberLeft = template.getWidth() - ColumnText.getWidth(number);
        if (numberLeft < Leader.OVERRUN) {
            throw new IllegalStateException("Page number " + label + " is wider than the contents leaves for it");
        }
        leader.continueInto(template, numberLeft, baseline);
        ColumnText.showTextAligned(template, Element.ALIGN_RIGHT, number, template.getWidth(), baseline, 0);
    }

    /**
     * Dots at {@code start + gap/2 + k·gap}, as a dash pattern draws them. It notes where it was drawn, and
     * draws a little past its end, so that the template, whose box clips, only has whole dots to add.
     */
    private static final class Leader extends DottedLineSeparator {

        static final float OVERRUN = 1;

        private float start = Float.NaN;
        private float end;

        Leader() {
            setGap(DOT_GAP);
        }

        @Override
        public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
            start = llx;
            end = urx;
            super.draw(canvas, llx, lly, urx + OVERRUN, ury, y);
        }

        /** The rest of the dots, in the template placed where this leader ended, up to the number. */
        void continueInto(PdfTemplate template, float numberLeft, float y) {
            if (Float.isNaN(start)) {
                return; // the title filled the line: no room for a leader
            }
            float drawn = end + OVERRUN - start - gap / 2;
            double next = start + gap * (Math.floor(drawn / gap) + 1);
            super.draw(template, (float) (next - end), 0, numberLeft, 0, y);
        }
    }
}
