package cn.justice.yearbook.ingest;

/**
 * Where the indicator table sits in a sheet. Columns are -1 when absent.
 *
 * @param headerRow the header row, or -1 for a table without one (label and value side by side)
 */
record TableLayout(int headerRow, int codeCol, int nameCol, int unitCol, int valueCol, int noteCol) {

    static TableLayout headerless() {
        return new TableLayout(-1, -1, -1, -1, -1, -1);
    }

    boolean hasHeader() {
        return headerRow >= 0;
    }

    int firstDataRow() {
        return headerRow + 1;
    }
}
