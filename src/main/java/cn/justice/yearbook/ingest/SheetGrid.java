package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A sheet seen as a grid of what people see: merged cells read as their top-left cell,
 * formulas as their cached result (evaluated only when no result was saved), numbers with their format.
 */
final class SheetGrid {

    /** Longer texts are cut: no label or value in a report is this long, and it bounds memory per cell. */
    static final int MAX_TEXT = 2_000;
    /** Merged cells indexed per sheet at most: more merges than any report has is decoration or an attack. */
    private static final long MAX_INDEXED_MERGED_CELLS = 1_000_000;

    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter;
    private final Map<Long, CellRangeAddress> mergedByCell = new HashMap<>();
    private final int lastRow;

    SheetGrid(Sheet sheet, FormulaEvaluator evaluator, int maxRows) {
        this.sheet = sheet;
        this.evaluator = evaluator;
        this.formatter = new DataFormatter(Locale.CHINA);
        this.lastRow = Math.min(sheet.getLastRowNum(), maxRows - 1);
        long indexed = 0;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.getFirstRow() > lastRow) {
                continue;
            }
            int rows = Math.min(range.getLastRow(), lastRow) - range.getFirstRow() + 1;
            int cols = range.getLastColumn() - range.getFirstColumn() + 1;
            long cells = (long) rows * cols;
            if (cells > 10_000 || indexed + cells > MAX_INDEXED_MERGED_CELLS) {
                continue; // a huge merge is decoration, not data; do not index it cell by cell
            }
            indexed += cells;
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                        mergedByCell.put(key(r, c), range);
                    }
                }
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return lastRow;
    }

    int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    static String address(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** Whether the two cells of a row lie in one merged area, like a caption spanning the table. */
    boolean sameMergedArea(int row, int col, int otherCol) {
        CellRangeAddress range = mergedByCell.get(key(row, otherCol)); // the top-left cell is not indexed
        return range != null && range.isInRange(row, col);
    }

    /** The cell that holds what is shown at (row, col): the top-left cell of a merged area. */
    private Cell cell(int row, int col) {
        CellRangeAddress range = mergedByCell.get(key(row, col));
        if (range != null) {
            row = range.getFirstRow();
            col = range.getFirstColumn();
        }
        Row r = sheet.getRow(row);
        return r == null || col < 0 ? null : r.getCell(col);
    }

    /** The cell's content as text, for labels and captions. */
    String text(int row, int col) {
        CellContent content = content(row, col);
        return switch (content.kind()) {
            case BLANK -> "";
            case TEXT -> content.text();
            default -> content.display();
        };
    }

    CellContent content(int row, int col) {
        Cell cell = cell(row, col);
        if (cell == null) {
            return CellContent.blank();
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle(), cell);
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> CellContent.bool(cell.getBooleanCellValue());
            case ERROR -> CellContent.error(errorCode(cell.getErrorCellValue()));
            case FORMULA -> formula(cell);
            default -> CellContent.blank();
        };
    }

    private CellContent formula(Cell cell) {
        if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
            return evaluate(cell);
        }
        CellType cached = cell.getCachedFormulaResultType();
        return switch (cached) {
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle(), null);
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> CellContent.bool(cell.getBooleanCellValue());
            case ERROR -> CellContent.error(errorCode(cell.getErrorCellValue()));
            default -> CellContent.blank();
        };
    }

    /** A formula saved without its result (written by a program, not by Excel): work it out ourselves. */
    private CellContent evaluate(Cell cell) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            evaluator.clearAllCachedResultValues(); // an overflow can leave the evaluator mid-chain
            return CellContent.error("=" + cell.getCellFormula());
        }
        if (value == null) {
            return CellContent.blank();
        }
        return switch (value.getCellType()) {
            case NUMERIC -> number(value.getNumberValue(), cell.getCellStyle(), null);
            case STRING -> text(value.getStringValue());
            case BOOLEAN -> CellContent.bool(value.getBooleanValue());
            case ERROR -> CellContent.error(errorCode(value.getErrorValue()));
            default -> CellContent.blank();
        };
    }

    private CellContent number(double value, CellStyle style, Cell cell) {
        String format = style == null ? "General" : style.getDataFormatString();
        boolean percent = format != null && format.contains("%");
        boolean date = style != null && DateUtil.isADateFormat(style.getDataFormat(), format) && DateUtil.isValidExcelDate(value);
        String display;
        try {
            display = cell != null ? formatter.formatCellValue(cell)
                    : formatter.formatRawCellContents(value, style == null ? 0 : style.getDataFormat(), format);
        } catch (RuntimeException e) {
            display = ValueParser.plain(value);
        }
        return CellContent.number(value, percent, date, display);
    }

    private static CellContent text(String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return text.isBlank() ? CellContent.blank() : CellContent.text(text);
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
