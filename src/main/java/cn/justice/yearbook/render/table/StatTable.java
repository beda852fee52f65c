package cn.justice.yearbook.render.table;

import java.util.List;

/**
 * A numbered statistical table (表3-1) as both renderers print it.
 *
 * @param number   the table's number, e.g. 表3-1
 * @param title    the caption after the number
 * @param unitLine the units line over the table (单位：件), or null when each column names its unit
 * @param stub     the heading of the first column (乡镇（街道）, 指标)
 * @param columns  the value columns
 * @param rows     the body rows; a county total row comes first, as in a statistical yearbook
 * @param notes    the notes printed under the table (注), without numbering
 */
public record StatTable(String number, String title, String unitLine, String stub, List<Column> columns,
                        List<Row> rows, List<String> notes) {

    public StatTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public String caption() {
        return number + "　" + title;
    }

    /** A value column: its heading and, where the table has no common unit, its unit. */
    public record Column(String heading, String unit) {
        /** The heading with the unit on a line of its own, so that a wrapped heading never strands a bracket. */
        public String headingWithUnit() {
            return unit == null ? heading : heading + "\n（" + unit + "）";
        }
    }

    /** Whether rows are grouped under headings (表1-2); the grouped rows are then indented. */
    public boolean grouped() {
        return rows.stream().anyMatch(r -> r.kind() == Row.Kind.GROUP);
    }
}
