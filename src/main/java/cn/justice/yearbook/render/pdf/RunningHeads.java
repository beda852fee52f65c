package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The yearbook title over a thin rule at the top of every page but the cover, the page number at the foot. */
final class RunningHeads extends PdfPageEventHelper {

    private final Typesetter type;
    private final String title;
    private int bodyStart = Integer.MAX_VALUE;

    RunningHeads(Typesetter type, String title) {
        this.type = type;
        this.title = title;
    }

    /** From the current page on, pages are numbered 1, 2, … */
    void startBody(int page) {
        bodyStart = page;
    }

    int bodyStart() {
        return bodyStart;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < Pagination.FRONT_START) {
            return;
        }
        Rectangle box = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float center = (left + right) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        float headerBase = box.getTop() - document.topMargin() + 22;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                type.phrase(YearbookText.get("header.title", title), TextStyle.RUNNING), center, headerBase + 5, 0);
        canvas.saveState();
        canvas.setColorStroke(Typesetter.INK);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, headerBase);
        canvas.lineTo(right, headerBase);
        canvas.stroke();
        canvas.restoreState();
        String number = Pagination.label(page, bodyStart);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                type.phrase(YearbookText.get("footer.page", number), TextStyle.RUNNING),
                center, document.bottomMargin() - 28, 0);
    }
}
