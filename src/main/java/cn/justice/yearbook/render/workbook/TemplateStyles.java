package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's cell styles. Fonts are the ones every Chinese Windows, WPS and LibreOffice install
 * can show or substitute (宋体 for text, 黑体 for the title); the only unlocked styles are the two
 * input columns, so sheet protection leaves exactly those editable.
 */
final class TemplateStyles {

    static final String BODY_FONT = "宋体";
    static final short BODY_POINTS = 10;
    static final short SMALL_POINTS = 9;

    final XSSFCellStyle title;
    final XSSFCellStyle identityLabel;
    final XSSFCellStyle identityValue;
    final XSSFCellStyle instructions;
    final XSSFCellStyle header;
    final XSSFCellStyle category;
    final XSSFCellStyle serial;
    final XSSFCellStyle code;
    final XSSFCellStyle name;
    final XSSFCellStyle unit;
    final XSSFCellStyle input;
    final XSSFCellStyle noteInput;
    final XSSFCellStyle definition;

    TemplateStyles(XSSFWorkbook workbook) {
        XSSFFont defaultFont = workbook.getFontAt(0);
        defaultFont.setFontName(BODY_FONT);
        defaultFont.setFontHeightInPoints((short) 11);

        XSSFFont body = font(workbook, BODY_FONT, BODY_POINTS, false);
        XSSFFont bold = font(workbook, BODY_FONT, BODY_POINTS, true);
        XSSFFont small = font(workbook, BODY_FONT, SMALL_POINTS, false);
        XSSFFont codeFont = font(workbook, "Arial", SMALL_POINTS, false);
        XSSFFont titleFont = font(workbook, "黑体", (short) 16, false);
        XSSFFont identityFont = font(workbook, BODY_FONT, (short) 11, true);

        title = style(workbook, titleFont, HorizontalAlignment.CENTER, false);
        identityLabel = style(workbook, identityFont, HorizontalAlignment.RIGHT, false);
        identityValue = style(workbook, identityFont, HorizontalAlignment.LEFT, false);
        identityValue.setBorderBottom(BorderStyle.THIN);
        instructions = style(workbook, small, HorizontalAlignment.LEFT, true);
        instructions.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(workbook, bold, HorizontalAlignment.CENTER, true);
        fill(header, 0xD9, 0xD9, 0xD9);
        category = bordered(workbook, bold, HorizontalAlignment.LEFT, false);
        fill(category, 0xDD, 0xEB, 0xF7);
        serial = bordered(workbook, body, HorizontalAlignment.CENTER, false);
        code = bordered(workbook, codeFont, HorizontalAlignment.LEFT, false);
        name = bordered(workbook, body, HorizontalAlignment.LEFT, true);
        unit = bordered(workbook, body, HorizontalAlignment.CENTER, false);
        definition = bordered(workbook, small, HorizontalAlignment.LEFT, true);

        input = bordered(workbook, bold, HorizontalAlignment.RIGHT, false);
        input.setLocked(false);
        fill(input, 0xFF, 0xF2, 0xCC);
        noteInput = bordered(workbook, small, HorizontalAlignment.LEFT, true);
        noteInput.setLocked(false);
        fill(noteInput, 0xFF, 0xF2, 0xCC);
    }

    private static XSSFFont font(XSSFWorkbook workbook, String name, short points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment align, boolean wrap) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment align, boolean wrap) {
        XSSFCellStyle style = style(workbook, font, align, wrap);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(XSSFCellStyle style, int red, int green, int blue) {
        style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
