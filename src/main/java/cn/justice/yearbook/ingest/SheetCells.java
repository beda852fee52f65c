package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/** The cells of one sheet as stored, each on its own: {@link SheetGrid} adds what merging shows. */
interface SheetCells {

    String name();

    /** The index of the last row present (data or formatting alone), -1 for an empty sheet. */
    int lastRowIndex();

    /** The index of the last cell present in the row, -1 when the row has none. */
    int lastColumn(int row);

    /** What the cell itself holds, formulas resolved; blank when the cell is absent. */
    CellContent content(int row, int col);

    List<CellRangeAddress> mergedRegions();

    /** One number for a cell's address, for maps keyed by cell. */
    static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
