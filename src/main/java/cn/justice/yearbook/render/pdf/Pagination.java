package cn.justice.yearbook.render.pdf;

import java.util.Map;

/**
 * Where the headings landed, and how pages are numbered: front matter (编辑说明, 目录) in Roman
 * numerals, the body from 1 in Arabic ones; the cover has no number.
 *
 * @param pages     the physical page (1-based) on which each anchor's heading was placed
 * @param bodyStart the physical page where chapter 1 begins
 */
record Pagination(Map<String, Integer> pages, int bodyStart) {

    static final int FRONT_START = 2;

    Pagination {
        pages = Map.copyOf(pages);
    }

    /** The number printed on a physical page, or "" for the cover. */
    static String label(int page, int bodyStart) {
        if (page < FRONT_START) {
            return "";
        }
        if (page < bodyStart) {
            return roman(page - FRONT_START + 1);
        }
        return Integer.toString(page - bodyStart + 1);
    }

    /** The printed page number of an anchor, as the contents lists it. */
    String labelOf(String anchor) {
        Integer page = pages.get(anchor);
        if (page == null) {
            throw new IllegalStateException("The heading " + anchor + " was never placed");
        }
        return label(page, bodyStart);
    }

    private static String roman(int n) {
        String[] symbols = {"X", "IX", "V", "IV", "I"};
        int[] values = {10, 9, 5, 4, 1};
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                text.append(symbols[i]);
                rest -= values[i];
            }
        }
        return text.toString();
    }
}
