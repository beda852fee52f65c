package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;

/**
 * Column widths in points: the stub as wide as its longest label needs (within limits), text
 * columns narrower than number columns, number columns no wider than a number needs. A table of
 * few columns is narrower than the page (and centred), but not so narrow that its caption wraps.
 */
final class TableWidths {

    private static final float CHAR = 9.5f;
    private static final float MIN_STUB = 64;
    private static final float MIN_NUMBER = 52;
    private static final float MAX_NUMBER = 110;
    private static final float MIN_SHARE_OF_PAGE = 0.7f;

    private TableWidths() {
    }

    static float[] of(StatTable table, float textWidth) {
        int columns = table.columns().size();
        int longest = table.rows().stream().mapToInt(r -> r.label().length() + (table.grouped() ? 2 : 1)).max().orElse(4);
        float stub = Math.max(MIN_STUB, Math.min(longest * CHAR, textWidth - MIN_NUMBER * columns));
        float[] widths = new float[columns + 1];
        widths[0] = stub;
        float units = 0;
        for (int i = 0; i < columns; i++) {
            widths[i + 1] = isText(table, i) ? 0.6f : 1f;
            units += widths[i + 1];
        }
        float unit = Math.min(MAX_NUMBER, (textWidth - stub) / units);
        float total = stub;
        for (int i = 1; i < widths.length; i++) {
            widths[i] *= unit;
            total += widths[i];
        }
        float scale = Math.max(1, textWidth * MIN_SHARE_OF_PAGE / total);
        for (int i = 0; i < widths.length; i++) {
            widths[i] *= scale;
        }
        return widths;
    }

    private static boolean isText(StatTable table, int column) {
        return table.rows().stream().filter(r -> r.kind() != Row.Kind.GROUP)
                .allMatch(r -> r.cells().get(column) instanceof Cell.Text);
    }
}
