package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/** One table on one sheet: caption, units line, headings, body, notes. */
final class CompanionSheet {

    private static final int FIRST_BODY_ROW = 3;

    private final Sheet sheet;
    private final CompanionStyles styles;

    CompanionSheet(Sheet sheet, CompanionStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(StatTable table) {
        int lastColumn = table.columns().size();
        text(0, 0, table.caption(), styles.caption());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
        if (table.unitLine() != null) {
            text(1, lastColumn, table.unitLine(), styles.text(false, HorizontalAlignment.RIGHT, false));
        }
        text(2, 0, table.stub(), styles.heading());
        for (int c = 0; c < table.columns().size(); c++) {
            text(2, c + 1, table.columns().get(c).headingWithUnit(), styles.heading());
        }
        sheet.getRow(2).setHeightInPoints(48);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            row(FIRST_BODY_ROW + r, rows.get(r), lastColumn, r == rows.size() - 1);
        }
        notes(FIRST_BODY_ROW + rows.size() + 1, table.notes());
        layout(table);
    }

    private void row(int r, Row row, int lastColumn, boolean last) {
        boolean strong = row.kind() != Row.Kind.DATA;
        text(r, 0, row.label(), closing(styles.text(strong, HorizontalAlignment.LEFT, quoted(row.label())), last));
        for (int c = 1; c <= lastColumn; c++) {
            if (c - 1 >= row.cells().size()) {
                text(r, c, "", closing(styles.text(false, HorizontalAlignment.LEFT, false), last));
            } else if (row.cells().get(c - 1) instanceof Cell.Number number) {
                number(r, c, number, strong, last);
            } else {
                String text = ((Cell.Text) row.cells().get(c - 1)).text();
                text(r, c, text, closing(styles.text(strong, HorizontalAlignment.CENTER, quoted(text)), last));
            }
        }
    }

    private void number(int r, int c, Cell.Number number, boolean strong, boolean last) {
        Figure figure = number.figure();
        if (!figure.hasValue()) {
            text(r, c, FigureFormat.print(figure, number.style()).text(),
                    closing(styles.text(strong, HorizontalAlignment.RIGHT, false), last));
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = cell(r, c);
        cell.setCellValue(figure.value().doubleValue());
        cell.setCellStyle(closing(styles.number(strong, FigureFormat.excelPattern(figure, number.style())), last));
    }

    private void notes(int first, List<String> notes) {
        String prefix = YearbookText.get("table.note.prefix");
        for (int i = 0; i < notes.size(); i++) {
            String number = notes.size() == 1 ? "" : (i + 1) + ". ";
            text(first + i, 0, (i == 0 ? prefix : "　　") + number + notes.get(i), styles.note());
        }
    }

    private void layout(StatTable table) {
        sheet.setColumnWidth(0, table.stub().equals(YearbookText.get("table.indicator")) ? 44 * 256 : 16 * 256);
        for (int c = 1; c <= table.columns().size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(1, FIRST_BODY_ROW);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private CellStyle closing(CellStyle style, boolean last) {
        return last ? styles.closing(style) : style;
    }

    /** Text that a spreadsheet could take for a formula keeps a quote prefix: it stays text when edited. */
    private static boolean quoted(String text) {
        return TextCells.startsLikeFormula(text);
    }

    private void text(int r, int c, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = cell(r, c);
        cell.setCellValue(TextCells.fit(text));
        cell.setCellStyle(style);
    }

    private org.apache.poi.ss.usermodel.Cell cell(int r, int c) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }
}
