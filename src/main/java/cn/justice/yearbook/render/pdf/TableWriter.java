package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.List;

/**
 * Sets a {@link StatTable} as a three-line table (三线表) in the manner of a statistical yearbook:
 * heavy rules above and below, a light rule under the headings, no vertical rules, numbers right-aligned.
 * Caption and units line are header rows, so they stay with the table and repeat if it breaks.
 */
final class TableWriter {

    private static final int KEEP_TOGETHER_ROWS = 30;
    private static final int FIRST_ROWS_ON_A_PAGE = 8;
    private static final int TOP_ROWS = 3;

    private final Composition page;
    private final TableCells cells;

    TableWriter(Composition page) {
        this.page = page;
        this.cells = new TableCells(page.type());
    }

    void write(StatTable table) {
        int width = table.columns().size() + 1;
        float[] widths = TableWidths.of(table, page.textWidth(), this::numberWidth);
        PdfPTable pdf = new PdfPTable(widths);
        // a share of the text width, not a locked total width: OpenPDF then measures the rows once, when the
        // table is placed, rather than as each row is added and again on every page the table is set on
        pdf.setWidthPercentage(TableWidths.total(widths) / page.textWidth() * 100);
        pdf.setHorizontalAlignment(Element.ALIGN_CENTER);
        pdf.setSpacingBefore(10);
        pdf.setSpacingAfter(12);
        List<Row> rows = table.rows();
        boolean longTable = rows.size() > KEEP_TOGETHER_ROWS;
        if (longTable) {
            // repeated on every page the table goes on to, saying so; the first page skips it for its own, below
            top(pdf, table, widths, page.type().phrase(YearbookText.get("table.continued", table.caption()), TextStyle.CAPTION));
        }
        top(pdf, table, widths, page.anchored(table.caption(), table.number(), TextStyle.CAPTION));
        pdf.setHeaderRows(TOP_ROWS);
        pdf.setSkipFirstHeader(longTable);
        int tail = !longTable ? rows.size() : rows.size() - (rows.get(rows.size() - 2).kind() == Row.Kind.GROUP ? 2 : 1);
        for (int i = 0; i < tail; i++) {
            if (longTable && rows.get(i).kind() == Row.Kind.GROUP && i + 1 < tail) {
                // a group's heading goes over the leaf with its first row, not alone at the foot of a page
                pdf.addCell(heldTogether(widths, rows.subList(i, i + 2), table, false));
                i++;
            } else {
                body(pdf, rows.get(i), width, i == rows.size() - 1, table.grouped());
            }
        }
        if (longTable) {
            pdf.addCell(heldTogether(widths, rows.subList(tail, rows.size()), table, true));
        } else {
            new NotesWriter(page.type()).addTo(pdf, table.notes(), width);
        }
        pdf.setKeepTogether(!longTable);
        if (longTable && !firstRowsFit(pdf)) {
            page.newPage(); // not a caption and a row or two at the foot of a page, the table going on over the leaf
        }
        page.add(pdf);
    }

    /**
     * Rows (and notes) as one row of the table, which a page break does not split: a group's heading with its first
     * row; a long table's last row with its notes, so that where the rows before it fill a page, the next one is not
     * the headings repeated over the notes alone.
     */
    private PdfPCell heldTogether(float[] widths, List<Row> rows, StatTable table, boolean closing) {
        int width = widths.length;
        PdfPTable held = new PdfPTable(widths);
        held.setWidthPercentage(100);
        for (int i = 0; i < rows.size(); i++) {
            body(held, rows.get(i), width, closing && i == rows.size() - 1, table.grouped());
        }
        if (closing) {
            new NotesWriter(page.type()).addTo(held, table.notes(), width);
        }
        PdfPCell holder = new PdfPCell(held);
        holder.setColspan(width);
        holder.setPadding(0);
        holder.setBorder(PdfPCell.NO_BORDER);
        return holder;
    }

    /**
     * Whether the caption, the headings and the first {@link #FIRST_ROWS_ON_A_PAGE} rows of a long table fit in what is
     * left of the page. Only those rows are measured, at the width the page will set the table at; the first page's
     * caption and headings are the rows after the repeated ones, which it skips.
     */
    private boolean firstRowsFit(PdfPTable pdf) {
        pdf.setTotalWidth(page.textWidth() * pdf.getWidthPercentage() / 100);
        float needed = pdf.spacingBefore();
        int first = pdf.getHeaderRows();
        for (int row = first; row < first + TOP_ROWS + FIRST_ROWS_ON_A_PAGE && row < pdf.size(); row++) {
            needed += pdf.getRowHeight(row);
        }
        return needed <= page.writer().getVerticalPosition(true) - page.document().bottom();
    }

    /** The caption, the unit line and the column headings: {@link #TOP_ROWS} rows. */
    private void top(PdfPTable pdf, StatTable table, float[] widths, Phrase caption) {
        int width = widths.length;
        pdf.addCell(cells.plain(caption, Element.ALIGN_CENTER, width));
        pdf.addCell(cells.plain(page.type().phrase(table.unitLine() == null ? "" : table.unitLine(), TextStyle.NOTE),
                Element.ALIGN_RIGHT, width));
        headings(pdf, table, widths);
    }

    private void headings(PdfPTable pdf, StatTable table, float[] widths) {
        pdf.addCell(cells.heading(table.stub(), Element.ALIGN_LEFT));
        for (int i = 0; i < table.columns().size(); i++) {
            String heading = Typesetter.fullWidthBrackets(table.columns().get(i).headingWithUnit());
            pdf.addCell(cells.heading(LineBreaker.wrap(heading, page.type().face(TextStyle.TABLE_HEAD),
                    TextStyle.TABLE_HEAD.size(), widths[i + 1] - TableCells.HEADING_PADDING), Element.ALIGN_CENTER));
        }
    }

    private void body(PdfPTable pdf, Row row, int width, boolean last, boolean grouped) {
        if (row.kind() == Row.Kind.GROUP) {
            PdfPCell group = cells.bodyCell(page.type().phrase(row.label(), TextStyle.TABLE_TOTAL), Element.ALIGN_LEFT);
            group.setColspan(width);
            group.setPaddingTop(5);
            pdf.addCell(rule(group, last));
            return;
        }
        TextStyle style = style(row);
        String label = grouped ? "　" + row.label() : row.label();
        PdfPCell stub = cells.bodyCell(page.type().phrase(label, style), Element.ALIGN_LEFT);
        pdf.addCell(rule(stub, last));
        for (Cell cell : row.cells()) {
            pdf.addCell(rule(value(cell, style), last));
        }
    }

    private static TextStyle style(Row row) {
        return row.kind() == Row.Kind.TOTAL ? TextStyle.TABLE_TOTAL : TextStyle.TABLE_CELL;
    }

    /** The number as {@link #value} sets it, measured, with its cell's padding and a little room for rounding. */
    private float numberWidth(Cell.Number number, Row row) {
        float width = 0;
        for (Object chunk : numberPhrase(number, style(row)).getChunks()) {
            width += ((Chunk) chunk).getWidthPoint();
        }
        return width + TableCells.BODY_PADDING + 1;
    }

    private PdfPCell value(Cell cell, TextStyle style) {
        if (cell instanceof Cell.Number number) {
            return cells.bodyCell(numberPhrase(number, style), Element.ALIGN_RIGHT);
        }
        return cells.bodyCell(page.type().phrase(((Cell.Text) cell).text(), style), Element.ALIGN_CENTER);
    }

    private Phrase numberPhrase(Cell.Number number, TextStyle style) {
        FigureFormat.Printed printed = FigureFormat.print(number.figure(), number.style());
        Phrase phrase = page.type().phrase(printed.number(), style);
        if (!printed.mark().isEmpty()) {
            phrase.add(page.type().superscript(printed.mark(), style));
        }
        return phrase;
    }

    private PdfPCell rule(PdfPCell cell, boolean last) {
        return last ? cells.closing(cell) : cell;
    }
}
