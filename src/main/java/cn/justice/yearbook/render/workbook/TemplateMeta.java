package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template's version marker: a very hidden sheet {@value #SHEET} of key/value rows that staff never
 * see (Excel, WPS and LibreOffice offer no menu to show it) and so do not change. It tells a returned
 * workbook made from our template apart from a home-made one, and from which template version.
 */
public final class TemplateMeta {

    public static final String SHEET = "_meta";
    public static final String TEMPLATE_ID = "county-yearbook";
    public static final int VERSION = 1;

    private TemplateMeta() {
    }

    static void write(Workbook workbook, Map<String, String> entries) {
        Sheet sheet = workbook.createSheet(SHEET);
        int r = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The marker's entries (template, version, county, township, year, catalogue_size), or an empty map. */
    public static Map<String, String> read(Workbook workbook) {
        Map<String, String> entries = new LinkedHashMap<>();
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            return entries;
        }
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            Cell key = row.getCell(0);
            if (key != null) {
                entries.put(formatter.formatCellValue(key), formatter.formatCellValue(row.getCell(1)));
            }
        }
        return entries;
    }
}
