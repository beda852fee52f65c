package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.Labels;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the indicator table's header row by its captions, wherever it is in the first rows and
 * whatever order its columns are in: 「指标名称 | 本年数值 | 说明」 as well as 「项目 | 单位 | 2025年 | 备注」.
 */
final class TableLocator {

    private static final Set<String> CODE = keys("指标代码", "代码", "编码", "指标编码", "指标编号", "code");
    private static final Set<String> NAME = keys("指标名称", "指标", "名称", "项目", "统计指标", "指标项目", "项目名称",
            "统计项目", "内容", "工作内容", "指标内容", "主要指标");
    private static final Set<String> UNIT = keys("计量单位", "单位");
    private static final Set<String> VALUE = keys("本年数值", "数值", "本年", "本年度", "本年数", "数量", "数据", "填报数",
            "完成数", "完成情况", "全年", "本期", "本年完成", "实际完成", "统计数", "本年实际", "年度数值", "本年度数值", "全年数", "指标值");
    private static final Set<String> NOTE = keys("说明", "备注", "情况说明", "备注说明", "说明原因", "填报说明", "变动说明");
    private static final Set<String> CURRENT_YEAR = keys("本年", "本年数", "本年度", "本年数值", "本期", "本年累计");
    private static final Pattern YEAR_COLUMN = Pattern.compile("^((?:19|20)\\d{2})年?度?(?:数值|数|完成数|数据|实际)?$");

    private TableLocator() {
    }

    static Optional<TableLayout> locate(SheetGrid grid, int searchRows, Integer expectedYear) {
        int last = Math.min(grid.lastRow(), searchRows - 1);
        for (int row = 0; row <= last; row++) {
            TableLayout layout = headerAt(grid, row, expectedYear);
            if (layout != null) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    private static TableLayout headerAt(SheetGrid grid, int row, Integer expectedYear) {
        int code = -1;
        int name = -1;
        int unit = -1;
        int value = -1;
        int note = -1;
        int yearValue = -1;
        int bestYear = -1;
        int lastCol = Math.min(grid.lastColumn(row), 60);
        for (int col = 0; col <= lastCol; col++) {
            String key = Labels.key(grid.text(row, col));
            if (key.isEmpty()) {
                continue;
            }
            if (code < 0 && CODE.contains(key)) {
                code = col;
            } else if (name < 0 && NAME.contains(key)) {
                name = col;
            } else if (unit < 0 && UNIT.contains(key)) {
                unit = col;
            } else if (value < 0 && VALUE.contains(key)) {
                value = col;
            } else if (note < 0 && NOTE.contains(key)) {
                note = col;
            } else {
                Matcher m = YEAR_COLUMN.matcher(key);
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    boolean better = expectedYear != null ? year == expectedYear : year > bestYear;
                    if (yearValue < 0 || better) {
                        yearValue = col;
                        bestYear = year;
                    }
                }
            }
        }
        if (value < 0) {
            value = yearValue;
        }
        if (value < 0 || (name < 0 && code < 0)) {
            return null;
        }
        TableLayout layout = new TableLayout(row, code, name, unit, value, note);
        int below = yearColumnBelow(grid, row + 1, Math.max(name, code), expectedYear);
        return below >= 0 ? layout.withValueColumnBelow(below) : layout;
    }

    /**
     * The column of the report year on a second header row (「数值」 over 「2024年 | 2025年」), or -1 when the row
     * is not one: it names years but no indicator.
     */
    private static int yearColumnBelow(SheetGrid grid, int row, int labelCol, Integer expectedYear) {
        if (row > grid.lastRow() || !Labels.isBlank(grid.text(row, labelCol))) {
            return -1;
        }
        int found = -1;
        int bestYear = -1;
        for (int col = 0; col <= Math.min(grid.lastColumn(row), 60); col++) {
            String key = Labels.key(grid.text(row, col));
            Matcher m = YEAR_COLUMN.matcher(key);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (expectedYear != null ? year == expectedYear : year > bestYear) {
                    found = col;
                    bestYear = year;
                }
            } else if (found < 0 && CURRENT_YEAR.contains(key)) {
                found = col;
            }
        }
        return found;
    }

    private static Set<String> keys(String... labels) {
        return java.util.Arrays.stream(labels).map(Labels::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
