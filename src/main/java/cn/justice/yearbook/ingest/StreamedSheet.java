package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sheet {@link XlsxStreamReader} has read: the cells it holds, kept as read and shown on demand. */
final class StreamedSheet implements SheetCells {

    /** Bounds the dense arrays of a sheet of hostile shape: a cell far right in each of 50,000 rows costs 13 MB at most. */
    private static final int DENSE_COLUMNS = 64;

    private final String name;
    private final NumberFormats formats;
    /** Cells of the first {@link #DENSE_COLUMNS} columns, by row and column: every report's table fits, without a key per cell. */
    private RawCell[][] dense = new RawCell[64][];
    /** Cells further right, by {@link SheetCells#key}. */
    private final Map<Long, RawCell> sparse = new HashMap<>();
    private final Map<Integer, Integer> lastColumns = new HashMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private int lastRow = -1;

    StreamedSheet(String name, NumberFormats formats) {
        this.name = name;
        this.formats = formats;
    }

    /** @return false when the row was already there */
    boolean addRow(int row) {
        lastRow = Math.max(lastRow, row);
        return lastColumns.putIfAbsent(row, -1) == null;
    }

    void lastColumn(int row, int col) {
        lastColumns.put(row, col);
    }

    void addMerged(CellRangeAddress range) {
        merged.add(range);
    }

    /** Stores a cell; a second cell at the same place replaces the first, as a later write does in POI. */
    void put(int row, int col, RawCell cell) {
        if (col >= DENSE_COLUMNS) {
            sparse.put(SheetCells.key(row, col), cell);
            return;
        }
        if (row >= dense.length) {
            dense = Arrays.copyOf(dense, Math.max(row + 1, dense.length * 2));
        }
        RawCell[] cells = dense[row];
        if (cells == null || col >= cells.length) {
            cells = cells == null ? new RawCell[Math.max(col + 1, 8)] : Arrays.copyOf(cells, Math.min(DENSE_COLUMNS, Math.max(col + 1, cells.length * 2)));
            dense[row] = cells;
        }
        cells[col] = cell;
    }

    /** The cell as read, style included; null where none was stored. */
    RawCell raw(int row, int col) {
        if (col >= DENSE_COLUMNS) {
            return sparse.get(SheetCells.key(row, col));
        }
        if (row < 0 || col < 0 || row >= dense.length) {
            return null;
        }
        RawCell[] cells = dense[row];
        return cells == null || col >= cells.length ? null : cells[col];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int lastRowIndex() {
        return lastRow;
    }

    @Override
    public int lastColumn(int row) {
        return lastColumns.getOrDefault(row, -1);
    }

    @Override
    public List<CellRangeAddress> mergedRegions() {
        return merged;
    }

    @Override
    public CellContent content(int row, int col) {
        RawCell cell = raw(row, col);
        if (cell == null) {
            return CellContent.blank();
        }
        return switch (cell.kind()) {
            case NUMBER -> formats.number(cell.number(), cell.style());
            case TEXT -> CellContent.ofText(cell.text());
            case BOOLEAN -> CellContent.bool(cell.number() != 0);
            case ERROR -> CellContent.error(cell.text());
            case BLANK -> CellContent.blank();
        };
    }

}
