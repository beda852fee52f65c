package cn.justice.yearbook.receipt;

import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.render.workbook.TextCells;
import cn.justice.yearbook.render.workbook.TextHeight;
import cn.justice.yearbook.render.workbook.WorkbookFiles;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one receipt table as a workbook: sheet 「报送回执」 with a row per file received, sheet 「未计入的文件」
 * with the files set aside. Every text taken from a submission goes through {@link TextCells}.
 */
final class ReceiptWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final String[] ENTRY_HEADER = {"serial", "township", "file", "received", "checksum", "status", "errors",
            "warnings", "finding", "superseded-by", "feedback", "quarantine"};
    private static final int[] ENTRY_WIDTHS = {6, 12, 30, 17, 15, 22, 6, 7, 60, 26, 30, 30};
    private static final String[] SET_ASIDE_HEADER = {"serial", "file", "seen", "status", "note"};
    private static final int[] SET_ASIDE_WIDTHS = {6, 40, 17, 30, 50};
    private static final int HEADER_ROW = 3;
    private static final short FONT_POINTS = 11;
    private static final int ROWS_IN_MEMORY = 200;

    private final String regionName;
    private final Instant generatedAt;

    ReceiptWorkbook(String regionName, Instant generatedAt) {
        this.regionName = regionName;
        this.generatedAt = generatedAt;
    }

    /** Writes the receipt to {@code target}, replacing the previous one in one rename. */
    Path write(Receipt receipt, Path target) throws IOException {
        // streamed: a prefecture's receipt has a row per file of the year (10,000 at 50,000 workbooks), written as
        // text a window of rows at a time instead of built and saved as XML objects
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            TextCells texts = new TextCells(workbook);
            entries(workbook.createSheet(Messages.get("receipt.sheet")), receipt, styles, texts);
            setAside(workbook.createSheet(Messages.get("receipt.set-aside.sheet")), receipt.setAside(), styles, texts);
            return WorkbookFiles.write(workbook, target, generatedAt);
        } finally {
            workbook.dispose(); // its temporary sheet files
            workbook.close();
        }
    }

    private void entries(Sheet sheet, Receipt receipt, Styles styles, TextCells texts) {
        String year = receipt.year() == null ? Messages.get("receipt.year.unidentified")
                : Messages.get("receipt.year", receipt.year().toString());
        text(sheet.createRow(0), 0, Messages.get("receipt.title", regionName, year), styles.title, texts);
        text(sheet.createRow(1), 0, summary(receipt), styles.plain, texts);
        text(sheet.createRow(2), 0, Messages.get("receipt.explanation"), styles.wrap, texts);
        sheet.getRow(2).setHeightInPoints(45);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 8));
        header(sheet, ENTRY_HEADER, ENTRY_WIDTHS, styles, texts);
        int r = HEADER_ROW + 1;
        for (Receipt.Entry e : receipt.entries()) {
            Row row = sheet.createRow(r);
            number(row, 0, r - HEADER_ROW, styles.plain);
            text(row, 1, e.township() == null ? Messages.get("receipt.township.unidentified") : e.township(), styles.wrap, texts);
            text(row, 2, e.file(), styles.wrap, texts);
            text(row, 3, TIME.format(e.receivedAt()), styles.plain, texts);
            text(row, 4, e.checksum(), styles.plain, texts);
            text(row, 5, e.outcome().label(), styles.wrap, texts);
            number(row, 6, e.errors(), styles.plain);
            number(row, 7, e.warnings(), styles.plain);
            text(row, 8, e.mainFinding(), styles.wrap, texts);
            text(row, 9, e.supersededBy(), styles.wrap, texts);
            text(row, 10, e.feedback(), styles.wrap, texts);
            text(row, 11, e.quarantine(), styles.wrap, texts);
            fitHeight(row, ENTRY_WIDTHS);
            r++;
        }
        finish(sheet, ENTRY_HEADER.length, r);
    }

    private void setAside(Sheet sheet, List<Receipt.SetAside> files, Styles styles, TextCells texts) {
        header(sheet, SET_ASIDE_HEADER, SET_ASIDE_WIDTHS, styles, texts);
        int r = HEADER_ROW + 1;
        for (Receipt.SetAside f : files) {
            Row row = sheet.createRow(r);
            number(row, 0, r - HEADER_ROW, styles.plain);
            text(row, 1, f.file(), styles.wrap, texts);
            text(row, 2, f.seenAt() == null ? null : TIME.format(f.seenAt()), styles.plain, texts);
            text(row, 3, f.status(), styles.wrap, texts);
            text(row, 4, f.note(), styles.wrap, texts);
            fitHeight(row, SET_ASIDE_WIDTHS);
            r++;
        }
        finish(sheet, SET_ASIDE_HEADER.length, r);
    }

    private String summary(Receipt receipt) {
        Map<Receipt.Outcome, Integer> counts = new EnumMap<>(Receipt.Outcome.class);
        receipt.entries().forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
        List<String> args = new ArrayList<>(List.of(TIME.format(generatedAt), String.valueOf(receipt.entries().size())));
        for (Receipt.Outcome outcome : Receipt.Outcome.values()) {
            args.add(String.valueOf(counts.getOrDefault(outcome, 0)));
        }
        args.add(String.valueOf(receipt.setAside().size()));
        return Messages.get("receipt.summary", args.toArray());
    }

    private static void header(Sheet sheet, String[] keys, int[] widths, Styles styles, TextCells texts) {
        Row head = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < keys.length; i++) {
            text(head, i, Messages.get("receipt.header." + keys[i]), styles.header, texts);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Excel and WPS do not re-fit the height of rows a program wrote: make room for the longest wrapped text. */
    private static void fitHeight(Row row, int[] widths) {
        float height = row.getSheet().getDefaultRowHeightInPoints();
        for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                height = Math.max(height, TextHeight.points(cell.getStringCellValue(), widths[cell.getColumnIndex()], FONT_POINTS));
            }
        }
        row.setHeightInPoints(height);
    }

    private static void finish(Sheet sheet, int columns, int endRow) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, endRow - 1), 0, columns - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, columns - 1));
    }

    private static void text(Row row, int col, String value, CellStyle style, TextCells texts) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            texts.set(cell, value);
        }
    }

    private static void number(Row row, int col, int value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrap;

        Styles(Workbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            plain = workbook.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
