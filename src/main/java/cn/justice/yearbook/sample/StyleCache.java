package cn.justice.yearbook.sample;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/** Derives a cell style with a number format from an existing one, once per pair (a workbook holds few styles). */
final class StyleCache {

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    StyleCache(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle withFormat(CellStyle base, CellFormat format) {
        if (format == CellFormat.GENERAL) {
            return base;
        }
        return styles.computeIfAbsent(base.getIndex() + "|" + format, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
            return style;
        });
    }
}
