package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.util.List;

/**
 * A sheet POI has opened: formulas read as their cached result, evaluated only when no result was saved,
 * numbers with their format. Used for .xls, encrypted workbooks and the xlsx {@link XlsxStreamReader} leaves alone.
 */
final class PoiSheetCells implements SheetCells {

    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final NumberFormats formats;

    PoiSheetCells(Sheet sheet, FormulaEvaluator evaluator, NumberFormats formats) {
        this.sheet = sheet;
        this.evaluator = evaluator;
        this.formats = formats;
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public int lastRowIndex() {
        return sheet.getLastRowNum();
    }

    @Override
    public int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null || r.getLastCellNum() < 0 ? -1 : r.getLastCellNum() - 1;
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return sheet.getMergedRegions();
    }

    @Override
    public CellContent content(int row, int col) {
        Row r = sheet.getRow(row);
        Cell cell = r == null || col < 0 ? null : r.getCell(col);
        if (cell == null) {
            return CellContent.blank();
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                return evaluate(cell);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle());
            case STRING -> CellContent.ofText(cell.getStringCellValue());
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
            case NUMERIC -> number(value.getNumberValue(), cell.getCellStyle());
            case STRING -> CellContent.ofText(value.getStringValue());
            case BOOLEAN -> CellContent.bool(value.getBooleanValue());
            case ERROR -> CellContent.error(errorCode(value.getErrorValue()));
            default -> CellContent.blank();
        };
    }

    private CellContent number(double value, CellStyle style) {
        return style == null ? formats.number(value, 0, "General")
                : formats.number(value, style.getDataFormat(), style.getDataFormatString());
    }

    /** An error cell's code as Excel shows it; one POI does not know as {@code #ERROR}. */
    static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
