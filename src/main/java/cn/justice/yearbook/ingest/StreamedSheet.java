package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sheet {@link XlsxStreamReader} has read: the cells it holds, kept as read and shown on demand. */
final class StreamedSheet implements SheetCells {

    private final String name;
    private final NumberFormats formats;
    private final Map<Long, RawCell> cells = new HashMap<>();
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

    void put(int row, int col, RawCell cell) {
        cells.put(SheetCells.key(row, col), cell);
    }

    /** The cell as read, style included; null where none was stored. */
    RawCell raw(int row, int col) {
        return cells.get(SheetCells.key(row, col));
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
        RawCell cell = cells.get(SheetCells.key(row, col));
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
