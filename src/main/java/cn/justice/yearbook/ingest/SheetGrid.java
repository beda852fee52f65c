package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A sheet seen as a grid of what people see: merged cells read as their top-left cell, at most
 * {@code maxRows} rows. The cells come from POI or from {@link XlsxStreamReader}; both resolve formulas
 * to their result and keep numbers with their format.
 */
final class SheetGrid {

    /** Merged cells indexed per sheet at most: more merges than any report has is decoration or an attack. */
    private static final long MAX_INDEXED_MERGED_CELLS = 1_000_000;

    private final SheetCells cells;
    private final Map<Long, CellRangeAddress> mergedByCell = new HashMap<>();
    /** The rows holding a cell of {@link #mergedByCell}: most rows hold none, and need no look-up. */
    private final BitSet rowsWithMergedCells = new BitSet();
    private final int lastRow;

    SheetGrid(SheetCells cells, int maxRows) {
        this.cells = cells;
        this.lastRow = Math.min(cells.lastRowIndex(), maxRows - 1);
        long indexed = 0;
        for (CellRangeAddress range : cells.mergedRegions()) {
            if (range.getFirstRow() > lastRow) {
                continue;
            }
            int rows = Math.min(range.getLastRow(), lastRow) - range.getFirstRow() + 1;
            int cols = range.getLastColumn() - range.getFirstColumn() + 1;
            long count = (long) rows * cols;
            if (count > MergedCellCheck.LARGEST_MAPPED_REGION || indexed + count > MAX_INDEXED_MERGED_CELLS) {
                continue; // a huge merge is decoration, not data; do not index it cell by cell
            }
            indexed += count;
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                        mergedByCell.put(SheetCells.key(r, c), range);
                        rowsWithMergedCells.set(r);
                    }
                }
            }
        }
    }

    String name() {
        return cells.name();
    }

    int lastRow() {
        return lastRow;
    }

    int lastColumn(int row) {
        return cells.lastColumn(row);
    }

    static String address(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** Whether the two cells of a row lie in one merged area, like a caption spanning the table. */
    boolean sameMergedArea(int row, int col, int otherCol) {
        CellRangeAddress range = mergedAt(row, otherCol); // the top-left cell is not indexed
        return range != null && range.isInRange(row, col);
    }

    private CellRangeAddress mergedAt(int row, int col) {
        return row >= 0 && rowsWithMergedCells.get(row) ? mergedByCell.get(SheetCells.key(row, col)) : null;
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

    /** What is shown at (row, col): the content of the top-left cell of a merged area. */
    CellContent content(int row, int col) {
        CellRangeAddress range = mergedAt(row, col);
        if (range != null) {
            return cells.content(range.getFirstRow(), range.getFirstColumn());
        }
        return col < 0 ? CellContent.blank() : cells.content(row, col);
    }

}
