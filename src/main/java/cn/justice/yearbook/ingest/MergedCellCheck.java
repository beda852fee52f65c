package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Refuses a workbook whose merged regions cover an absurd number of cells. A reader that maps each merged
 * cell to its region ({@link SheetGrid} does, for regions up to 10,000 cells) needs memory per merged cell,
 * and a 60 KB file with 2,000 rows each merged across 10,000 columns asks for 20 million entries, more
 * than a 1 GB heap holds. The largest legitimate case we know (50,000 regions, 57893-many-merges.xlsx)
 * covers 100,000 cells; the limit is ten times that.
 */
final class MergedCellCheck {

    static final long MAX_MERGED_CELLS = 1_000_000;
    /** A region counts at most this much: a reader treats a larger one as decoration and does not map it. */
    static final long LARGEST_MAPPED_REGION = 10_000;

    private MergedCellCheck() {
    }

    static void verify(Workbook workbook) throws UnreadableFileException {
        long merged = 0;
        for (Sheet sheet : workbook) {
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                merged += Math.min(region.getNumberOfCells(), LARGEST_MAPPED_REGION);
                if (merged > MAX_MERGED_CELLS) {
                    throw new UnreadableFileException(Rule.FILE_SECURITY_LIMIT, "合并单元格数量异常",
                            "merged regions cover more than " + MAX_MERGED_CELLS + " cells (sheet " + sheet.getSheetName() + ")", null);
                }
            }
        }
    }
}
