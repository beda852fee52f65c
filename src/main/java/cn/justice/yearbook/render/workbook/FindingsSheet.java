package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.StoredSubmission;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The first sheet of a feedback workbook: who, which file, the verdict, and every finding with its
 * place and what to do. Everything taken from a submission is written through {@link TextCells}: text, never a formula.
 */
final class FindingsSheet {

    static final String NAME = "审核结果";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final String[] HEADER = {"序号", "类别", "单元格", "指标", "问题及修改意见", "处理", "规则编号"};
    private static final int[] WIDTHS = {6, 7, 9, 26, 64, 9, 16};
    private static final short FONT_POINTS = 11;

    private final Workbook workbook;
    private final TextCells texts;
    private final Function<String, String> indicatorNames;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle wrap;

    /** @param indicatorNames the catalogue's name of an indicator code, as staff know it */
    FindingsSheet(Workbook workbook, Function<String, String> indicatorNames) {
        this.workbook = workbook;
        this.texts = new TextCells(workbook);
        this.indicatorNames = indicatorNames;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    void fill(StoredSubmission submission, List<Finding> findings, String replacedBy) {
        String name = NAME;
        while (workbook.getSheet(name) != null) {
            name = name + "_";
        }
        Sheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int r = 0;
        text(sheet.createRow(r++), 0, "报表审核反馈", title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        long errors = findings.stream().filter(Finding::isError).count();
        long open = findings.stream().filter(Finding::isOpenWarning).count();
        long explained = findings.stream().filter(Finding::explained).count();
        r = line(sheet, r, "文件", submission.relativePath());
        r = line(sheet, r, "填报单位", submission.township() == null ? "未能识别" : submission.township());
        r = line(sheet, r, "报告年度", submission.year() == null ? "未能识别" : submission.year() + " 年");
        r = line(sheet, r, "接收时间", TIME.format(submission.receivedAt()));
        r = line(sheet, r, "审核结论", submission.status().label());
        r = line(sheet, r, "问题数量", "错误 " + errors + " 条；待核实提示 " + open + " 条；已在说明栏说明的提示 " + explained + " 条");
        if (replacedBy != null) {
            r = line(sheet, r, "注意", "本文件已被后来报送的「" + replacedBy + "」替代，年鉴以新文件为准。");
        }
        r = line(sheet, r, "说明", "「错误」的数据不会计入年鉴，请改正后重新报送；「提示」的数据已采用，"
                + "请核实，确认无误的请在报表「说明」栏写明原因后重新报送。");
        r++;
        Row head = sheet.createRow(r++);
        for (int i = 0; i < HEADER.length; i++) {
            text(head, i, HEADER[i], header);
        }
        printSetup(sheet, head.getRowNum());
        if (findings.isEmpty()) {
            text(sheet.createRow(r), 0, "未发现问题，数据已全部采用。", null);
            return;
        }
        int n = 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r++);
            Cell number = row.createCell(0);
            number.setCellValue(n++);
            number.setCellStyle(wrap);
            text(row, 1, f.severity() == Severity.ERROR ? "错误" : "提示", wrap);
            text(row, 2, f.cell() == null ? "—" : f.cell(), wrap);
            text(row, 3, f.code() == null ? "整个文件" : indicatorNames.apply(f.code()), wrap);
            text(row, 4, f.message(), wrap);
            row.setHeightInPoints(Math.max(TextHeight.points(f.message(), WIDTHS[4], FONT_POINTS),
                    TextHeight.points(row.getCell(3).getStringCellValue(), WIDTHS[3], FONT_POINTS)));
            text(row, 5, f.isError() ? "未采用" : f.explained() ? "已说明" : "待核实", wrap);
            text(row, 6, f.ruleId(), wrap);
        }
        sheet.createFreezePane(0, head.getRowNum() + 1);
    }

    private static void printSetup(Sheet sheet, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, HEADER.length - 1));
    }

    private int line(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, header);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        text(row, 2, value, wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 4));
        double width = WIDTHS[2] + WIDTHS[3] + WIDTHS[4];
        row.setHeightInPoints(TextHeight.points(value, width, FONT_POINTS));
        return r + 1;
    }

    private void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (style != null) {
            cell.setCellStyle(style);
        }
        texts.set(cell, value);
    }
}
