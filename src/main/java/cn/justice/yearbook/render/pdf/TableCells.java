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
        PdfPCell cell = new PdfPCell(type.phrase(text, TextStyle.TABLE_HEAD));
        cell.setBorder(PdfPCell.TOP | PdfPCell.BOTTOM);
        cell.setBorderWidthTop(HEAVY);
        cell.setBorderWidthBottom(LIGHT);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    PdfPCell bodyCell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(5);
        cell.setLeading(0, 1.2f);
        return cell;
    }

    /** The table's last row carries the closing heavy rule. */
    PdfPCell closing(PdfPCell cell) {
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderWidthBottom(HEAVY);
        return cell;
    }
}
