package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/** The companion workbook's cell styles, one per kind of cell and number format, made once. */
final class CompanionStyles {

    private final Workbook workbook;
    private final Font body;
    private final Font bold;
    private final Map<String, CellStyle> styles = new HashMap<>();

    CompanionStyles(Workbook workbook) {
        this.workbook = workbook;
        this.body = font("宋体", 10, false);
        this.bold = font("黑体", 10, false);
    }

    CellStyle caption() {
        return styles.computeIfAbsent("caption", k -> {
            CellStyle style = base(font("黑体", 12, false), HorizontalAlignment.CENTER);
            return style;
        });
    }

    CellStyle heading() {
        return styles.computeIfAbsent("heading", k -> {
            CellStyle style = base(bold, HorizontalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.MEDIUM);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        });
    }

    CellStyle text(boolean strong, HorizontalAlignment alignment, boolean quoted) {
        return styles.computeIfAbsent("text" + strong + alignment + quoted, k -> {
            CellStyle style = base(strong ? bold : body, alignment);
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    CellStyle number(boolean strong, String format) {
        return styles.computeIfAbsent("number" + strong + format, k -> {
            CellStyle style = base(strong ? bold : body, HorizontalAlignment.RIGHT);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    CellStyle note() {
        return styles.computeIfAbsent("note", k -> base(font("宋体", 9, false), HorizontalAlignment.LEFT));
    }

    /** A copy of the style with the table's closing rule underneath. */
    CellStyle closing(CellStyle style) {
        return styles.computeIfAbsent("closing" + style.getIndex(), k -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setBorderBottom(BorderStyle.MEDIUM);
            return copy;
        });
    }

    private CellStyle base(Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private Font font(String name, int points, boolean boldFace) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints((short) points);
        font.setBold(boldFace);
        return font;
    }
}
