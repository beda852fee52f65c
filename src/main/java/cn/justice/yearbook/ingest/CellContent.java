package cn.justice.yearbook.ingest;

/**
 * What a value cell holds, as POI sees it once formulas are resolved to their cached or evaluated result.
 *
 * @param display the cell as Excel would display it, kept as provenance and shown back in feedback
 */
public record CellContent(Kind kind, double number, String text, boolean percentFormat, boolean dateFormat, String display) {

    public enum Kind { BLANK, NUMBER, TEXT, BOOLEAN, ERROR }

    /** Longer texts are cut: no label or value in a report is this long, and it bounds memory per cell. */
    static final int MAX_TEXT = 2_000;

    public static CellContent blank() {
        return new CellContent(Kind.BLANK, 0, "", false, false, "");
    }

    public static CellContent text(String text) {
        return new CellContent(Kind.TEXT, 0, text, false, false, text);
    }

    /** A text cell as read: cut to {@link #MAX_TEXT}, blank when it holds only white space. */
    static CellContent ofText(String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return text.isBlank() ? blank() : text(text);
    }

    public static CellContent number(double value, boolean percentFormat, boolean dateFormat, String display) {
        return new CellContent(Kind.NUMBER, value, "", percentFormat, dateFormat, display);
    }

    public static CellContent number(double value) {
        return number(value, false, false, ValueParser.plain(value));
    }

    public static CellContent bool(boolean value) {
        return new CellContent(Kind.BOOLEAN, 0, Boolean.toString(value).toUpperCase(), false, false, Boolean.toString(value).toUpperCase());
    }

    /** A formula whose result is an Excel error such as #DIV/0! or #REF!. */
    public static CellContent error(String code) {
        return new CellContent(Kind.ERROR, 0, code, false, false, code);
    }
}
