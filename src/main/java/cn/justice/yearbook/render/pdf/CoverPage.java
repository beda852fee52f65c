package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Edition;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/** The cover: county, title and year in the upper half between two rules; compiling bureau and date at the foot. */
final class CoverPage {

    private final Composition page;

    CoverPage(Composition page) {
        this.page = page;
    }

    void write() {
        Edition edition = page.plan().yearbook().edition();
        page.space(120);
        Paragraph county = page.type().paragraph(TextStyle.COVER_COUNTY);
        county.add(page.anchored(YearbookText.get("cover.county", edition.county()), YearbookPlan.COVER,
                TextStyle.COVER_COUNTY));
        county.setAlignment(Element.ALIGN_CENTER);
        county.setSpacingAfter(18);
        page.add(county);
        Paragraph title = centered(YearbookText.get("cover.title"), TextStyle.COVER_TITLE);
        title.setSpacingAfter(24);
        page.add(title);
        page.add(centered(YearbookText.get("cover.year", Integer.toString(edition.year())), TextStyle.COVER_YEAR));
        rules();
        float center = (page.document().left() + page.document().right()) / 2;
        PdfContentByte canvas = page.writer().getDirectContent();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                page.type().phrase(YearbookText.get("cover.bureau", edition.bureau()), TextStyle.COVER_BUREAU),
                center, 170, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                page.type().phrase(YearbookText.get("cover.date", edition.compiledOn().getYear(),
                        edition.compiledOn().getMonthValue()), TextStyle.COVER_BUREAU), center, 140, 0);
    }

    private Paragraph centered(String text, TextStyle style) {
        Paragraph paragraph = page.type().paragraph(text, style);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private void rules() {
        PdfContentByte canvas = page.writer().getDirectContent();
        float top = page.document().getPageSize().getTop();
        float left = page.document().left() + 40;
        float right = page.document().right() - 40;
        canvas.saveState();
        canvas.setColorStroke(Typesetter.INK);
        canvas.setLineWidth(2.2f);
        line(canvas, left, right, top - 175);
        canvas.setLineWidth(0.8f);
        line(canvas, left, right, top - 181);
        line(canvas, left, right, top - 400);
        canvas.restoreState();
    }

    private static void line(PdfContentByte canvas, float left, float right, float y) {
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
    }
}
