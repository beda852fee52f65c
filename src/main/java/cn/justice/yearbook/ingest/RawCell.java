package cn.justice.yearbook.ingest;

/** A cell as stored in the sheet part: its kind, number or text, and its style index. */
record RawCell(int kind, double number, String text, int style) {

    static final int NUMBER = 0;
    static final int TEXT = 1;
    static final int BOOLEAN = 2;
    static final int ERROR = 3;
}
