package cn.justice.yearbook.sample;

import cn.justice.yearbook.render.workbook.TemplateWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/** Fills the bureau's template as staff do: values and notes into the unlocked cells, extra rows below. */
final class TemplateFiller {

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final WorkbookSpec spec;
    private final StyleCache styles;
    private final Map<String, Integer> rowOfCode = new HashMap<>();

    TemplateFiller(XSSFWorkbook workbook, WorkbookSpec spec) {
        this.workbook = workbook;
        this.sheet = workbook.getSheetAt(0);
        this.spec = spec;
        this.styles = new StyleCache(workbook);
    }

    void fill() {
        int lastRow = TemplateWriter.HEADER_ROW;
        for (int r = TemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Cell code = sheet.getRow(r).getCell(TemplateWriter.CODE_COLUMN);
            if (code != null && !code.getStringCellValue().isEmpty()) {
                rowOfCode.putIfAbsent(code.getStringCellValue(), r);
            }
            lastRow = r;
        }
        for (WorkbookSpec.Entry entry : spec.rows()) {
            Row row = sheet.getRow(rowOfCode.get(entry.indicator().code()));
            if (spec.relabel()) {
                row.getCell(TemplateWriter.NAME_COLUMN).setCellValue(entry.label());
            }
            fillRow(row, entry);
        }
        for (WorkbookSpec.Entry entry : spec.extraRows()) {
            appendRow(++lastRow, entry);
        }
    }

    private void fillRow(Row row, WorkbookSpec.Entry entry) {
        if (entry.value() != null) {
            entry.value().writeTo(row.getCell(TemplateWriter.VALUE_COLUMN), this::resolve, styles);
        }
        if (entry.note() != null) {
            row.getCell(TemplateWriter.NOTE_COLUMN).setCellValue(entry.note());
        }
    }

    /** A row someone added below the table (after unprotecting the sheet), styled like the row above. */
    private void appendRow(int index, WorkbookSpec.Entry entry) {
        Row above = sheet.getRow(index - 1);
        Row row = sheet.createRow(index);
        for (int col = 0; col <= TemplateWriter.DEFINITION_COLUMN; col++) {
            Cell cell = row.createCell(col);
            CellStyle style = above.getCell(col) == null ? null : above.getCell(col).getCellStyle();
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        if (entry.indicator() != null) {
            row.getCell(TemplateWriter.CODE_COLUMN).setCellValue(entry.indicator().code());
            row.getCell(TemplateWriter.UNIT_COLUMN).setCellValue(entry.indicator().unit());
        }
        row.getCell(TemplateWriter.NAME_COLUMN).setCellValue(entry.label());
        fillRow(row, entry);
    }

    private String resolve(String expression) {
        return Placeholders.resolve(expression, code -> {
            Integer row = rowOfCode.get(code);
            return row == null ? null : new CellReference(row, TemplateWriter.VALUE_COLUMN).formatAsString(false);
        });
    }
}
