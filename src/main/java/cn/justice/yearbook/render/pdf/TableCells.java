package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

/** The cells of a yearbook table: borderless body cells, headings between a heavy and a light rule. */
final class TableCells {

    private static final float HEAVY = 1.0f;
    private static final float LIGHT = 0.5f;
    /** Left and right padding of a heading cell together, plus a little room for rounding. */
    static final float HEADING_PADDING = 8;
    private static final float LEFT = 3;
    private static final float BODY_RIGHT = 5;
    /** Left and right padding of a body cell together. */
    static final float BODY_PADDING = LEFT + BODY_RIGHT;

    private final Typesetter type;

    TableCells(Typesetter type) {
        this.type = type;
    }

    PdfPCell plain(Phrase phrase, int alignment, int colspan) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setColspan(colspan);
        cell.setPaddingBottom(4);
        return cell;
    }

    PdfPCell heading(String text, int alignment) {
        PdfPCell cell = cell(type.phrase(text, TextStyle.TABLE_HEAD), alignment, 4, 6, 3, 1.25f);
        cell.setBorder(PdfPCell.TOP | PdfPCell.BOTTOM);
        cell.setBorderWidthTop(HEAVY);
        cell.setBorderWidthBottom(LIGHT);
        return cell;
    }

    PdfPCell bodyCell(Phrase phrase, int alignment) {
        PdfPCell cell = cell(phrase, alignment, 2.5f, 4, BODY_RIGHT, 1.2f);
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static PdfPCell cell(Phrase phrase, int alignment, float top, float bottom, float right, float leading) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(top);
        cell.setPaddingBottom(bottom);
        cell.setPaddingLeft(LEFT);
        cell.setPaddingRight(right);
        cell.setLeading(0, leading);
        return cell;
    }

    /** The table's last row carries the closing heavy rule. */
    PdfPCell closing(PdfPCell cell) {
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderWidthBottom(HEAVY);
        return cell;
    }
}
