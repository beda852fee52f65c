package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A township report with every kind of cell POI writes, in either format: numbers in custom and built-in formats,
 * text, rich text, formulas of each result type, booleans, an error, styled blanks, merged areas; a hidden sheet,
 * a second one and an empty one. The fast readers must read it exactly as POI's object model does.
 */
final class EveryKindOfCell {

    private EveryKindOfCell() {
    }

    /** Writes it to {@code file} as {@code workbook}'s format (an empty HSSFWorkbook or XSSFWorkbook). */
    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("报表");
        CellStyle percent = style(workbook, "0.0%");
        CellStyle thousands = style(workbook, "#,##0");
        CellStyle twoDecimals = style(workbook, "0.00");
        CellStyle date = style(workbook, "yyyy-mm-dd");
        CellStyle chineseDate = style(workbook, "yyyy\"年\"m\"月\"d\"日\"");
        CellStyle withUnit = style(workbook, "0\"件\"");
        CellStyle builtinPercent = workbook.createCellStyle();
        builtinPercent.setDataFormat((short) 9);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("石桥镇 2025 年度法治政府建设统计表");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row header = sheet.createRow(2);
        String[] captions = {"序号", "指标名称", "单位", "本年数值", "备注"};
        for (int i = 0; i < captions.length; i++) {
            header.createCell(i).setCellValue(captions[i]);
        }
        Object[][] rows = {
                {1, "人民调解案件数", "件", 120.0, null},
                {2, "调解成功率", "%", 0.945, percent},
                {3, "普法宣传活动场次", "场次", 12345.0, thousands},
                {4, "法律援助案件数", "件", 0.145, twoDecimals},
                {5, "报送日期", "", 45678.0, date},
                {6, "统计截止日期", "", 45657.0, chineseDate},
                {7, "行政复议案件数", "件", 38.0, withUnit},
                {8, "社区矫正对象数", "人", 0.5, builtinPercent},
                {9, "负数", "", -3.25, null},
                {10, "很大的数", "", 1.0E20, null},
                {11, "很小的数", "", 1.5E-7, null},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(3 + i);
            row.createCell(0).setCellValue((Integer) rows[i][0]);
            row.createCell(1).setCellValue((String) rows[i][1]);
            row.createCell(2).setCellValue((String) rows[i][2]);
            Cell value = row.createCell(3);
            value.setCellValue((Double) rows[i][3]);
            if (rows[i][4] != null) {
                value.setCellStyle((CellStyle) rows[i][4]);
            }
        }
        Row formulas = sheet.createRow(20);
        formulas.createCell(0).setCellFormula("D4*2");
        formulas.createCell(1).setCellFormula("\"合计\"&\"：\"");
        formulas.createCell(2).setCellFormula("1/0");
        formulas.createCell(3).setCellFormula("D4>100");
        formulas.createCell(4).setCellFormula("D5");
        formulas.getCell(4).setCellStyle(percent);
        formulas.createCell(5).setCellFormula("\"\"");
        Row kinds = sheet.createRow(21);
        kinds.createCell(0).setCellValue(true);
        kinds.createCell(1).setCellValue(false);
        kinds.createCell(2).setCellValue("  ");
        kinds.createCell(3).setCellValue("");
        kinds.createCell(6).setCellStyle(percent); // a styled blank cell still counts for the row's last cell
        kinds.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
        kinds.createCell(8).setCellStyle(thousands);
        kinds.createCell(9).setCellStyle(thousands); // two blanks side by side: one MULBLANK record in an .xls
        RichTextString rich = workbook.getCreationHelper().createRichTextString("已调解 共计");
        var bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 3, bold);
        kinds.createCell(4).setCellValue(rich);
        kinds.createCell(5).setCellValue("换行\r\n文字\t与制表符");
        sheet.createRow(30); // an empty row at the end
        sheet.addMergedRegion(new CellRangeAddress(22, 24, 1, 2));
        sheet.createRow(22).createCell(1).setCellValue("合并区域");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Sheet hidden = workbook.createSheet("隐藏");
        hidden.createRow(0).createCell(0).setCellValue("不该读到");
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        Sheet second = workbook.createSheet("附表");
        second.createRow(5).createCell(2).setCellValue(7);
        workbook.createSheet("空表");
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
