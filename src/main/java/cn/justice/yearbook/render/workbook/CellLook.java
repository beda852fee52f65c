package cn.justice.yearbook.render.workbook;

/**
 * How a cell of a {@link PlainWorkbook} looks: its font, alignment, borders, fill and number format. Values, so
 * that equal looks share one cell style in the workbook. Alignments and border styles are SpreadsheetML's own
 * words ({@code left}, {@code center}, {@code right}; {@code top}; {@code thin}, {@code medium}); null is the default.
 */
public record CellLook(String fontName, int fontPoints, boolean bold, String horizontal, String vertical, boolean wrap,
                       boolean quoted, String topBorder, String bottomBorder, boolean greyFill, String numberFormat) {

    /** The workbook's default font (Calibri, 11 points), no alignment, border, fill or number format. */
    public static final CellLook PLAIN = new CellLook(null, 11, false, null, null, false, false, null, null, false, null);

    /** @param name a font name, or null for the default font's */
    public CellLook font(String name, int points) {
        return new CellLook(name, points, bold, horizontal, vertical, wrap, quoted, topBorder, bottomBorder, greyFill, numberFormat);
    }

    public CellLook inBold() {
        return new CellLook(fontName, fontPoints, true, horizontal, vertical, wrap, quoted, topBorder, bottomBorder, greyFill, numberFormat);
    }

    public CellLook align(String horizontalAlignment) {
        return new CellLook(fontName, fontPoints, bold, horizontalAlignment, vertical, wrap, quoted, topBorder, bottomBorder, greyFill,
                numberFormat);
    }

    public CellLook valign(String verticalAlignment) {
        return new CellLook(fontName, fontPoints, bold, horizontal, verticalAlignment, wrap, quoted, topBorder, bottomBorder, greyFill,
                numberFormat);
    }

    public CellLook wrapped() {
        return new CellLook(fontName, fontPoints, bold, horizontal, vertical, true, quoted, topBorder, bottomBorder, greyFill, numberFormat);
    }

    /** With Excel's quote prefix: the cell stays text when someone edits it, even if it starts like a formula. */
    public CellLook withQuotePrefix() {
        return new CellLook(fontName, fontPoints, bold, horizontal, vertical, wrap, true, topBorder, bottomBorder, greyFill, numberFormat);
    }

    public CellLook borders(String top, String bottom) {
        return new CellLook(fontName, fontPoints, bold, horizontal, vertical, wrap, quoted, top, bottom, greyFill, numberFormat);
    }

    public CellLook grey() {
        return new CellLook(fontName, fontPoints, bold, horizontal, vertical, wrap, quoted, topBorder, bottomBorder, true, numberFormat);
    }

    /** @param format an Excel number format, e.g. {@code #,##0} */
    public CellLook format(String format) {
        return new CellLook(fontName, fontPoints, bold, horizontal, vertical, wrap, quoted, topBorder, bottomBorder, greyFill, format);
    }
}
