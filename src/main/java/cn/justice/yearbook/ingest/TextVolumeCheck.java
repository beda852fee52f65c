package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Refuses a workbook whose text would explode when read. An xlsx stores each distinct string once and lets
 * any number of cells point at it; POI hands every cell its own copy, so one 1 MiB string referenced by
 * 12,000 cells becomes 12 G characters (poc-shared-strings.xlsx). The check measures without copying:
 * each shared string once, then cells by their index.
 *
 * <p>Limits: no cell text beyond Excel's own 32,767 characters (Excel cannot write such a file, so only
 * a crafted one has it), and all cells together at most {@link PoiSecurityLimits#MAX_TEXT_CHARS}.
 */
final class TextVolumeCheck {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private TextVolumeCheck() {
    }

    static void verify(Workbook workbook) throws UnreadableFileException {
        int[] shared = workbook instanceof XSSFWorkbook xssf ? sharedStringLengths(xssf) : null;
        long total = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    int length = length(cell, shared);
                    if (length > MAX_CELL_CHARS) {
                        throw tooLong("cell " + sheet.getSheetName() + "!" + cell.getAddress() + " holds " + length + " characters");
                    }
                    total += length;
                    if (total > PoiSecurityLimits.MAX_TEXT_CHARS) {
                        throw new UnreadableFileException(Rule.FILE_SECURITY_LIMIT, "表格中的文字总量过大",
                                "cells reference more than " + PoiSecurityLimits.MAX_TEXT_CHARS + " characters of text", null);
                    }
                }
            }
        }
    }

    /**
     * A fast reader's running count of the text in string cells: {@code total} with {@code text} added, or declined
     * where {@link #verify} would refuse the workbook, so that POI reads it and refuses it.
     */
    static long countedForFastReader(long total, String text) throws Declined {
        if (text.length() > MAX_CELL_CHARS) {
            throw new Declined("cell text longer than Excel allows");
        }
        long counted = total + text.length();
        if (counted > PoiSecurityLimits.MAX_TEXT_CHARS) {
            throw new Declined("text beyond the limit");
        }
        return counted;
    }

    /** The length of each shared string, measured once; a string longer than Excel allows rejects the file. */
    private static int[] sharedStringLengths(XSSFWorkbook workbook) throws UnreadableFileException {
        SharedStringsTable table = workbook.getSharedStringSource();
        if (table == null) {
            return new int[0];
        }
        int[] lengths = new int[table.getUniqueCount()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = table.getItemAt(i).length();
            if (lengths[i] > MAX_CELL_CHARS) {
                throw tooLong("shared string " + i + " holds " + lengths[i] + " characters");
            }
        }
        return lengths;
    }

    /** HSSF hands out its shared string itself, so asking is cheap; XSSF copies, so shared cells go by index. */
    private static int length(Cell cell, int[] shared) {
        if (shared != null && cell instanceof XSSFCell xssf) {
            CTCell ct = xssf.getCTCell();
            if (ct.getT() == STCellType.S && ct.isSetV()) {
                return sharedLength(ct.getV(), shared);
            }
        }
        return cell.getRichStringCellValue().length();
    }

    private static int sharedLength(String index, int[] shared) {
        try {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < shared.length ? shared[i] : 0;
        } catch (NumberFormatException e) {
            return 0; // POI will fail on this cell itself; that is a reading error, not a volume one
        }
    }

    private static UnreadableFileException tooLong(String operatorMessage) {
        return new UnreadableFileException(Rule.FILE_SECURITY_LIMIT,
                "单元格文字超过 Excel 允许的 " + MAX_CELL_CHARS + " 个字符", operatorMessage, null);
    }
}
