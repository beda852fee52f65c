package cn.justice.yearbook.ingest;

/**
 * Where the indicator table sits in a sheet. Columns are -1 when absent.
 *
 * @param headerRow  the (first) header row, or -1 for a table without one (label and value side by side)
 * @param headerRows 1, or 2 when a caption such as 「数值」 spans year columns on the row below
 */
record TableLayout(int headerRow, int headerRows, int codeCol, int nameCol, int unitCol, int valueCol, int noteCol) {

    TableLayout(int headerRow, int codeCol, int nameCol, int unitCol, int valueCol, int noteCol) {
        this(headerRow, 1, codeCol, nameCol, unitCol, valueCol, noteCol);
    }

    static TableLayout headerless() {
        return new TableLayout(-1, -1, -1, -1, -1, -1);
    }

    TableLayout withValueColumnBelow(int valueCol) {
        return new TableLayout(headerRow, 2, codeCol, nameCol, unitCol, valueCol, noteCol);
    }

    boolean hasHeader() {
        return headerRow >= 0;
    }

    int firstDataRow() {
        return headerRow + headerRows;
    }
}
