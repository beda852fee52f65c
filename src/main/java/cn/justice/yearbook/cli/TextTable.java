package cn.justice.yearbook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the console, aligned for Chinese: a Han character or full-width sign takes two columns
 * of a terminal, a Latin letter or digit one. Text columns are left-aligned, the rest right-aligned.
 */
final class TextTable {

    private final List<String> header;
    private final boolean[] text;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param textColumns the indexes of the columns that hold text (left-aligned); the others are right-aligned */
    TextTable(List<String> header, int... textColumns) {
        this.header = header;
        this.text = new boolean[header.size()];
        for (int c : textColumns) {
            text[c] = true;
        }
    }

    void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("Row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        boolean first = true;
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - width(cell));
                line.append(c == 0 ? "" : "  ").append(text[c] || first ? cell + pad : pad + cell);
            }
            out.println(line.toString().stripTrailing());
            if (first) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
                }
                out.println(rule);
                first = false;
            }
        }
        out.flush();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Columns the text takes on a terminal. */
    static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
