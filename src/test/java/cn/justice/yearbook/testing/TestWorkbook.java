package cn.justice.yearbook.testing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small township workbooks for tests, row by row as a person would lay them out.
 * Cell values: a String is typed text, a Number is a number, {@link #percent(double)} a number in a
 * percent-formatted cell, {@link #formula(String)} a formula (saved without a cached result).
 */
public final class TestWorkbook {

    public record Percent(double value) {
    }

    public record Formula(String text) {
    }

    private final List<List<Object>> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private boolean legacy;
    private String sheetName = "Sheet1";

    public static TestWorkbook create() {
        return new TestWorkbook();
    }

    public static Percent percent(double value) {
        return new Percent(value);
    }

    public static Formula formula(String text) {
        return new Formula(text);
    }

    /**
     * The usual report: a title, 填报单位 and 报告年度, a header, then one row per code/value pair
     * given as alternating arguments ("MED_CASES", 40, "MED_SUCCESS", "34件", …).
     */
    public static TestWorkbook standard(String township, int year, Object... codesAndValues) {
        TestWorkbook wb = create()
                .row(township + year + "年度法治政府建设统计报表")
                .row("填报单位：", township, "", "报告年度：", year)
                .row()
                .row("序号", "指标代码", "指标名称", "计量单位", "本年数值", "说明");
        for (int i = 0; i < codesAndValues.length; i += 2) {
            wb.row(i / 2 + 1, codesAndValues[i], "", "", codesAndValues[i + 1], "");
        }
        return wb;
    }

    public TestWorkbook row(Object... cells) {
        rows.add(new ArrayList<>(List.of(cells)));
        return this;
    }

    /** Sets a cell of the last row written so far (0-based column). */
    public TestWorkbook cell(int column, Object value) {
        List<Object> row = rows.get(rows.size() - 1);
        while (row.size() <= column) {
            row.add("");
        }
        row.set(column, value);
        return this;
    }

    /** Sets the 说明 (note) column of the row whose code column holds {@code code}, in {@link #standard} layout. */
    public TestWorkbook note(String code, String note) {
        for (List<Object> row : rows) {
            if (row.size() > 5 && code.equals(row.get(1))) {
                row.set(5, note);
                return this;
            }
        }
        throw new IllegalArgumentException("No row for " + code);
    }

    public TestWorkbook merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new int[]{firstRow, lastRow, firstCol, lastCol});
        return this;
    }

    public TestWorkbook legacy() {
        legacy = true;
        return this;
    }

    public TestWorkbook sheetName(String name) {
        sheetName = name;
        return this;
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Workbook workbook = legacy ? new HSSFWorkbook() : new XSSFWorkbook();
                 OutputStream out = Files.newOutputStream(file)) {
                fill(workbook);
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet(sheetName);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null || "".equals(value)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Percent p) {
                    cell.setCellValue(p.value());
                    cell.setCellStyle(percent);
                } else if (value instanceof Formula f) {
                    cell.setCellFormula(f.text());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (int[] m : merges) {
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
    }
}
