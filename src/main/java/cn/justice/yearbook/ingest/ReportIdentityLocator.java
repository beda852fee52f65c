package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a report says about who reports and for which year: 「填报单位：渠南街道」, a 「报告年度」 cell
 * with 2025 beside it, or a title such as 「渠南街道2025年度法治政府建设统计表」.
 */
final class ReportIdentityLocator {

    private static final Pattern TOWNSHIP_LABEL = Pattern.compile(
            "^(?:(?:填报单位|报送单位|单位名称|填报乡镇|乡镇街道|乡镇\\(街道\\)|乡镇名称|街道名称)(?:\\(盖章\\))?[:：]?"
                    + "|(?:乡镇|街道|单位)(?:\\(盖章\\))?(?:[:：]|$))(?<rest>.*)$");
    private static final Pattern YEAR_LABEL = Pattern.compile(
            "^(报告年度|统计年度|所属年度|报表年度|填报年度|年度|年份)[:：]?(.*)$");
    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(报告年度|统计年度|所属年度|报表年度|填报年度|年度[:：]|年份|填报人|联系电话|联系人|填报日期|日期|审核人|负责人)");
    /** The first characters of the labels {@link #TOWNSHIP_LABEL} and {@link #YEAR_LABEL} match. */
    private static final String TOWNSHIP_LABEL_STARTS = "填报单乡街";
    private static final String YEAR_LABEL_STARTS = "报统所填年";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern INLINE_YEAR = Pattern.compile("(报告年度|统计年度|年度|年份)[:：]?((?:19|20)\\d{2})");
    private static final Pattern LEADING_COLONS = Pattern.compile("^[:：]+");

    enum Source { LABEL, TITLE }

    record Clue(String text, String cell, Source source) {
    }

    record Identity(List<Clue> townships, List<Clue> years) {
    }

    private ReportIdentityLocator() {
    }

    /** Looks at the rows outside the table body: above its first row and below its last. */
    static Identity locate(SheetGrid grid, int bodyFirstRow, int bodyLastRow) {
        List<Clue> townships = new ArrayList<>();
        List<Clue> years = new ArrayList<>();
        int last = Math.min(grid.lastRow(), bodyLastRow + 12);
        for (int row = 0; row <= last; row++) {
            if (row >= bodyFirstRow && row <= bodyLastRow) {
                continue;
            }
            int lastCol = Math.min(grid.lastColumn(row), 30);
            for (int col = 0; col <= lastCol; col++) {
                String raw = grid.text(row, col);
                if (Labels.isBlank(raw)) {
                    continue;
                }
                String text = Labels.withoutSpaces(Labels.halfWidth(raw));
                String cell = SheetGrid.address(row, col);
                Matcher t = mayBeLabel(text, TOWNSHIP_LABEL_STARTS) ? TOWNSHIP_LABEL.matcher(text) : null;
                Matcher y = mayBeLabel(text, YEAR_LABEL_STARTS) ? YEAR_LABEL.matcher(text) : null;
                if (t != null && t.matches()) {
                    String value = cutAtNextLabel(t.group("rest"));
                    if (value.isEmpty()) {
                        Clue right = rightOf(grid, row, col);
                        if (right != null) {
                            townships.add(right);
                        }
                    } else {
                        townships.add(new Clue(value, cell, Source.LABEL));
                    }
                    addInlineYear(text, cell, years);
                } else if (y != null && y.matches()) {
                    String value = y.group(2);
                    if (value.isEmpty()) {
                        Clue right = rightOf(grid, row, col);
                        if (right != null) {
                            years.add(right);
                        }
                    } else {
                        years.add(new Clue(value, cell, Source.LABEL));
                    }
                } else {
                    Matcher title = text.indexOf('年') >= 0 ? TITLE_YEAR.matcher(text) : null;
                    if (title != null && title.find()) {
                        years.add(new Clue(title.group(1), cell, Source.TITLE));
                    }
                    townships.add(new Clue(text, cell, Source.TITLE));
                }
            }
        }
        return new Identity(townships, years);
    }

    /** Whether the text starts with a character a label of the pattern starts with: most cells do not, and skip the pattern. */
    private static boolean mayBeLabel(String text, String starts) {
        return !text.isEmpty() && starts.indexOf(text.charAt(0)) >= 0;
    }

    /** 「填报单位：渠南街道  报告年度：2025」 in one cell. */
    private static void addInlineYear(String text, String cell, List<Clue> years) {
        Matcher m = INLINE_YEAR.matcher(text);
        if (m.find()) {
            years.add(new Clue(m.group(2), cell, Source.LABEL));
        }
    }

    private static String cutAtNextLabel(String value) {
        Matcher m = NEXT_LABEL.matcher(value);
        return LEADING_COLONS.matcher(m.find() ? value.substring(0, m.start()) : value).replaceAll("").strip();
    }

    private static Clue rightOf(SheetGrid grid, int row, int col) {
        for (int c = col + 1; c <= col + 4; c++) {
            String text = Labels.halfWidth(grid.text(row, c));
            if (text.endsWith(":") || text.endsWith("：") || NEXT_LABEL.matcher(text).lookingAt()) {
                return null; // the next label, not a value: 「填报单位： | 报告年度：」 with nothing filled in
            }
            if (!text.isEmpty()) {
                return new Clue(text, SheetGrid.address(row, c), Source.LABEL);
            }
        }
        return null;
    }

    /** The year a text states, if it states exactly one plausible year. */
    static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(Labels.halfWidth(text));
        Integer found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (found != null && found != year) {
                return null;
            }
            found = year;
        }
        return found;
    }
}
