package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What happened when a file went through {@link WorkbookOpener}: rejected under a rule with a detail, or
 * opened, after which every cell of every sheet was read the way the reader reads values.
 */
record OpenOutcome(Rule rule, String detailZh, String operatorMessage, int sheets, long cells) {

    static OpenOutcome of(WorkbookOpener opener, Path path) throws IOException {
        Workbook workbook;
        try {
            workbook = opener.open(path, path.getFileName().toString());
        } catch (UnreadableFileException e) {
            return new OpenOutcome(e.rule(), e.detailZh(), e.getMessage(), 0, 0);
        }
        try (workbook) {
            long cells = 0;
            for (Sheet sheet : workbook) {
                sheet.getMergedRegions();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        read(cell, cell.getCellType());
                        cells++;
                    }
                }
            }
            return new OpenOutcome(null, null, null, workbook.getNumberOfSheets(), cells);
        }
    }

    private static Object read(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> cell.getErrorCellValue();
            case FORMULA -> read(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }

    boolean opened() {
        return rule == null;
    }

    @Override
    public String toString() {
        return opened() ? "read ok (" + sheets + " sheets, " + cells + " cells)" : rule + " 「" + detailZh + "」";
    }
}
