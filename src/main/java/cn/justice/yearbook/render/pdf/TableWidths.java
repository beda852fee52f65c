package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;

/**
 * Column widths in points: the stub and text columns as wide as their longest text needs (within
 * limits), number columns sharing the rest but no wider than a number needs. A table of few columns
 * is narrower than the page (and centred), but not so narrow that its caption wraps.
 */
final class TableWidths {

    private static final float CHAR = 9.5f;
    private static final float PADDING = 10;
    private static final float MIN_TEXT = 64;
    private static final float MAX_TEXT_SHARE = 0.5f;
    private static final float MIN_NUMBER = 52;
    private static final float MAX_NUMBER = 110;
    private static final float MIN_SHARE_OF_PAGE = 0.7f;

    private TableWidths() {
    }

    static float[] of(StatTable table, float textWidth) {
        int columns = table.columns().size();
        float[] widths = new float[columns + 1];
        int numbers = 0;
        float fixed = widths[0] = textColumn(longest(table, -1), textWidth - MIN_NUMBER * columns);
        for (int i = 0; i < columns; i++) {
            if (isText(table, i)) {
                widths[i + 1] = textColumn(longest(table, i), textWidth * MAX_TEXT_SHARE);
                fixed += widths[i + 1];
            } else {
                numbers++;
            }
        }
        float number = numbers == 0 ? 0 : Math.min(MAX_NUMBER, Math.max(MIN_NUMBER, (textWidth - fixed) / numbers));
        float total = fixed + number * numbers;
        float scale = Math.max(1, textWidth * MIN_SHARE_OF_PAGE / total) * Math.min(1, textWidth / total);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (widths[i] == 0 ? number : widths[i]) * scale;
        }
        return widths;
    }

    private static float textColumn(int characters, float limit) {
        return Math.max(MIN_TEXT, Math.min(characters * CHAR + PADDING, limit));
    }

    /** Characters of the longest text in a column (-1: the stub), indentation of grouped rows included. */
    private static int longest(StatTable table, int column) {
        return table.rows().stream().filter(r -> column < 0 || r.kind() != Row.Kind.GROUP)
                .mapToInt(r -> column < 0 ? r.label().length() + (table.grouped() ? 1 : 0)
                        : r.cells().get(column) instanceof Cell.Text text ? text.text().length() : 0)
                .max().orElse(4);
    }

    private static boolean isText(StatTable table, int column) {
        return table.rows().stream().filter(r -> r.kind() != Row.Kind.GROUP)
                .allMatch(r -> r.cells().get(column) instanceof Cell.Text);
    }
}
