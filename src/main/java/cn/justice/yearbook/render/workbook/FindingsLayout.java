package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.StoredSubmission;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the findings sheet 「审核结果」 of a feedback workbook shows: who, which file, the verdict, and every
 * finding with its place and what to do. Written by POI into a copy of the township's workbook
 * ({@link FindingsSheet}) or straight into a package of its own ({@link FindingsPackage}).
 *
 * @param headerRow the row of the findings table's captions, repeated on every printed page
 * @param freeze    whether the rows above the findings stay in view (there are findings to scroll)
 */
record FindingsLayout(List<Line> lines, List<CellRangeAddress> merged, int headerRow, boolean freeze) {

    static final String SHEET_NAME = "审核结果";
    static final int[] WIDTHS = {6, 7, 9, 26, 64, 9, 16};
    static final short FONT_POINTS = 11;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final String[] HEADER = {"序号", "类别", "单元格", "指标", "问题及修改意见", "处理", "规则编号"};

    /** How a cell looks: the findings sheet uses these four. */
    enum Look { PLAIN, TITLE, HEADER, WRAP }

    /** One cell: text, or the finding's number in the list when {@code text} is null. */
    record Entry(int col, String text, int number, Look look) {
    }

    /** @param height the row's height in points, or 0 for the default */
    record Line(int row, float height, List<Entry> entries) {
    }

    /** @param indicatorNames the catalogue's name of an indicator code, as staff know it */
    static FindingsLayout of(StoredSubmission submission, List<Finding> findings, String replacedBy,
                             Function<String, String> indicatorNames) {
        List<Line> lines = new ArrayList<>();
        List<CellRangeAddress> merged = new ArrayList<>();
        int r = 0;
        lines.add(new Line(r, 0, List.of(new Entry(0, "报表审核反馈", 0, Look.TITLE))));
        merged.add(new CellRangeAddress(0, 0, 0, 4));
        r++;
        long errors = findings.stream().filter(Finding::isError).count();
        long open = findings.stream().filter(Finding::isOpenWarning).count();
        long explained = findings.stream().filter(Finding::explained).count();
        r = line(lines, merged, r, "文件", submission.relativePath());
        r = line(lines, merged, r, "填报单位", submission.township() == null ? "未能识别" : submission.township());
        r = line(lines, merged, r, "报告年度", submission.year() == null ? "未能识别" : submission.year() + " 年");
        r = line(lines, merged, r, "接收时间", TIME.format(submission.receivedAt()));
        r = line(lines, merged, r, "审核结论", submission.status().label());
        r = line(lines, merged, r, "问题数量", "错误 " + errors + " 条；待核实提示 " + open + " 条；已在说明栏说明的提示 " + explained + " 条");
        if (replacedBy != null) {
            r = line(lines, merged, r, "注意", "本文件已被后来报送的「" + replacedBy + "」替代，年鉴以新文件为准。");
        }
        r = line(lines, merged, r, "说明", "「错误」的数据不会计入年鉴，请改正后重新报送；「提示」的数据已采用，"
                + "请核实，确认无误的请在报表「说明」栏写明原因后重新报送。");
        r++;
        int headerRow = r++;
        List<Entry> head = new ArrayList<>();
        for (int i = 0; i < HEADER.length; i++) {
            head.add(new Entry(i, HEADER[i], 0, Look.HEADER));
        }
        lines.add(new Line(headerRow, 0, head));
        if (findings.isEmpty()) {
            lines.add(new Line(r, 0, List.of(new Entry(0, "未发现问题，数据已全部采用。", 0, Look.PLAIN))));
            return new FindingsLayout(lines, merged, headerRow, false);
        }
        int n = 1;
        for (Finding f : findings) {
            String indicator = f.code() == null ? "整个文件" : indicatorNames.apply(f.code());
            float height = Math.max(TextHeight.points(f.message(), WIDTHS[4], FONT_POINTS),
                    TextHeight.points(indicator, WIDTHS[3], FONT_POINTS));
            lines.add(new Line(r++, height, List.of(
                    new Entry(0, null, n++, Look.WRAP),
                    new Entry(1, f.severity() == Severity.ERROR ? "错误" : "提示", 0, Look.WRAP),
                    new Entry(2, f.cell() == null ? "—" : f.cell(), 0, Look.WRAP),
                    new Entry(3, indicator, 0, Look.WRAP),
                    new Entry(4, f.message(), 0, Look.WRAP),
                    new Entry(5, f.isError() ? "未采用" : f.explained() ? "已说明" : "待核实", 0, Look.WRAP),
                    new Entry(6, f.ruleId(), 0, Look.WRAP))));
        }
        return new FindingsLayout(lines, merged, headerRow, true);
    }

    private static int line(List<Line> lines, List<CellRangeAddress> merged, int r, String label, String value) {
        double width = WIDTHS[2] + WIDTHS[3] + WIDTHS[4];
        lines.add(new Line(r, TextHeight.points(value, width, FONT_POINTS),
                List.of(new Entry(0, label, 0, Look.HEADER), new Entry(2, value, 0, Look.WRAP))));
        merged.add(new CellRangeAddress(r, r, 0, 1));
        merged.add(new CellRangeAddress(r, r, 2, 4));
        return r + 1;
    }
}
