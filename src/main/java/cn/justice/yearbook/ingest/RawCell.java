package cn.justice.yearbook.ingest;

/** A cell as stored in the sheet part: its kind, number or text, and its style index; shown on demand by {@link StreamedSheet}. */
record RawCell(CellContent.Kind kind, double number, String text, int style) {
}
