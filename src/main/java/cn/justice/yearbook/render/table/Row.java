package cn.justice.yearbook.render.table;

import java.util.List;

/**
 * A body row: a stub label and one cell per value column. A group row carries only its label
 * (a category heading spanning the table).
 */
public record Row(Kind kind, String label, List<Cell> cells) {

    public enum Kind { DATA, TOTAL, GROUP }

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row data(String label, List<Cell> cells) {
        return new Row(Kind.DATA, label, cells);
    }

    public static Row total(String label, List<Cell> cells) {
        return new Row(Kind.TOTAL, label, cells);
    }

    public static Row group(String label) {
        return new Row(Kind.GROUP, label, List.of());
    }
}
