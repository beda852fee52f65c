package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;

import java.util.Arrays;

/**
 * Column widths in points: the stub and text columns as wide as their longest text needs (within
 * limits), number columns sharing the rest but no wider than a number needs, and never narrower than
 * their widest number (a label may wrap, a number may not). A table of few columns is narrower than the
 * page (and centred), but not so narrow that its caption wraps.
 */
final class TableWidths {

    private static final float CHAR = 9.5f;
    private static final float PADDING = 10;
    private static final float MIN_TEXT = 64;
    private static final float MAX_TEXT_SHARE = 0.5f;
    private static final float MIN_NUMBER = 52;
    private static final float MAX_NUMBER = 110;
    private static final float MIN_SHARE_OF_PAGE = 0.7f;
    /** How far the other columns may be narrowed to keep a column's numbers whole. */
    private static final float MIN_SCALE = 0.5f;
    /** A number column gives up room for another's numbers down to this: four characters of heading a line. */
    private static final float MIN_TIGHT_NUMBER = 42;

    /** How wide a number of a row is set, in points, its cell's padding included. */
    @FunctionalInterface
    interface NumberWidth {
        float of(Cell.Number number, Row row);
    }

    private TableWidths() {
    }

    static float[] of(StatTable table, float textWidth, NumberWidth numberWidth) {
        int columns = table.columns().size();
        float[] widths = new float[columns + 1];
        float[] widest = new float[columns + 1];
        int numbers = 0;
        float fixed = widths[0] = textColumn(longest(table, -1), textWidth - MIN_NUMBER * columns);
        for (int i = 0; i < columns; i++) {
            if (isText(table, i)) {
                widths[i + 1] = textColumn(longest(table, i), textWidth * MAX_TEXT_SHARE);
                fixed += widths[i + 1];
            } else {
                numbers++;
                widest[i + 1] = widestNumber(table, i, numberWidth);
            }
        }
        float share = numbers == 0 ? 0 : Math.min(MAX_NUMBER, Math.max(MIN_NUMBER, (textWidth - fixed) / numbers));
        for (int i = 1; i < widths.length; i++) {
            if (widths[i] == 0) {
                widths[i] = Math.max(share, widest[i]);
            }
        }
        fitTo(widths, widest, textWidth);
        float total = total(widths);
        if (total < textWidth * MIN_SHARE_OF_PAGE) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] *= textWidth * MIN_SHARE_OF_PAGE / total;
            }
        }
        return widths;
    }

    /**
     * Scales the columns down to the width where they are wider, all alike, except that a number column keeps its
     * widest number whole. What it cannot give up comes first from the room other number columns have beyond their
     * own numbers, then from all the others alike.
     */
    private static void fitTo(float[] widths, float[] widest, float width) {
        float scale = Math.min(1, width / total(widths));
        float missing = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] *= scale;
            if (widths[i] < widest[i]) {
                missing += widest[i] - widths[i];
                widths[i] = widest[i];
            }
        }
        if (missing == 0) {
            return;
        }
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            spare += spareRoom(widths[i], widest[i]);
        }
        float taken = Math.min(1, missing / Math.max(spare, Float.MIN_VALUE));
        for (int i = 0; i < widths.length; i++) {
            widths[i] -= spareRoom(widths[i], widest[i]) * taken;
        }
        narrowTheOthers(widths, widest, width);
    }

    /** What a number column can give up: its width beyond its widest number and a heading's few characters. */
    private static float spareRoom(float width, float widest) {
        return widest == 0 ? 0 : Math.max(0, width - Math.max(widest, MIN_TIGHT_NUMBER));
    }

    /** Narrows the columns alike to the width, but no number column below its widest number. */
    private static void narrowTheOthers(float[] widths, float[] widest, float width) {
        boolean[] kept = new boolean[widths.length];
        float scale = 1;
        for (boolean settled = false; !settled; ) {
            float keptWidth = 0;
            float scaled = 0;
            for (int i = 0; i < widths.length; i++) {
                if (kept[i] || widths[i] <= widest[i]) {
                    kept[i] = true;
                    keptWidth += widest[i];
                } else {
                    scaled += widths[i];
                }
            }
            scale = Math.min(1, (width - keptWidth) / scaled);
            settled = true;
            for (int i = 0; i < widths.length; i++) {
                if (!kept[i] && widths[i] * scale < widest[i]) {
                    kept[i] = true;
                    settled = false;
                }
            }
        }
        if (scale < MIN_SCALE) { // numbers too wide for the page whatever the rest gives: all narrowed alike
            Arrays.fill(kept, false);
            scale = width / total(widths);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = kept[i] ? widest[i] : widths[i] * scale;
        }
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

    private static float widestNumber(StatTable table, int column, NumberWidth numberWidth) {
        float widest = 0;
        for (Row row : table.rows()) {
            if (row.kind() != Row.Kind.GROUP && row.cells().get(column) instanceof Cell.Number number) {
                widest = Math.max(widest, numberWidth.of(number, row));
            }
        }
        return widest;
    }

    private static boolean isText(StatTable table, int column) {
        return table.rows().stream().filter(r -> r.kind() != Row.Kind.GROUP)
                .allMatch(r -> r.cells().get(column) instanceof Cell.Text);
    }

    static float total(float[] widths) {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        return total;
    }
}
