package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.workbook.FindingsLayout.Entry;
import cn.justice.yearbook.render.workbook.FindingsLayout.Line;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.EnumMap;
import java.util.Map;

/**
 * Puts the findings sheet ({@link FindingsLayout}) first into a workbook POI holds, the copy of the township's
 * own. Everything taken from a submission is written through {@link TextCells}: text, never a formula.
 */
final class FindingsSheet {

    private final Workbook workbook;
    private final TextCells texts;
    private final Map<FindingsLayout.Look, CellStyle> styles = new EnumMap<>(FindingsLayout.Look.class);

    FindingsSheet(Workbook workbook) {
        this.workbook = workbook;
        this.texts = new TextCells(workbook);
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(big);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        styles.put(FindingsLayout.Look.TITLE, title);
        styles.put(FindingsLayout.Look.HEADER, header);
        styles.put(FindingsLayout.Look.WRAP, wrap);
    }

    void fill(FindingsLayout layout) {
        String name = FindingsLayout.SHEET_NAME;
        while (workbook.getSheet(name) != null) {
            name = name + "_";
        }
        Sheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 0; i < FindingsLayout.WIDTHS.length; i++) {
            sheet.setColumnWidth(i, FindingsLayout.WIDTHS[i] * 256);
        }
        for (Line line : layout.lines()) {
            Row row = sheet.createRow(line.row());
            if (line.height() > 0) {
                row.setHeightInPoints(line.height());
            }
            for (Entry entry : line.entries()) {
                Cell cell = row.createCell(entry.col());
                CellStyle style = styles.get(entry.look());
                if (style != null) {
                    cell.setCellStyle(style);
                }
                if (entry.text() == null) {
                    cell.setCellValue(entry.number());
                } else {
                    texts.set(cell, entry.text());
                }
            }
        }
        layout.merged().forEach(sheet::addMergedRegion);
        printSetup(sheet, layout.headerRow());
        if (layout.freeze()) {
            sheet.createFreezePane(0, layout.headerRow() + 1);
        }
    }

    private static void printSetup(Sheet sheet, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, FindingsLayout.WIDTHS.length - 1));
    }
}
