package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.workbook.FindingsLayout.Entry;
import cn.justice.yearbook.render.workbook.FindingsLayout.Line;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings sheet 「审核结果」 as SpreadsheetML: its worksheet part and the cell styles it uses, for a package of
 * its own ({@link FindingsPackage}) or added to a copy of the township's package ({@link FeedbackPackage}).
 * It reads in POI as the sheet {@link FindingsSheet} writes. Every text is an inline string, never a formula;
 * one that starts like a formula gets the quote prefix, as {@link TextCells} does.
 */
final class FindingsSheetXml {

    static final String MAIN_NS = XSSFRelation.NS_SPREADSHEETML;
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The fonts the styles use, in this order: plain, bold, the title's. */
    static final List<String> FONTS = List.of(
            "<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>",
            "<font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>",
            "<font><b/><sz val=\"14\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>");
    static final String NO_FILL = "<fill><patternFill patternType=\"none\"/></fill>";
    static final String GREY_FILL = "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    /** The borders the styles use, in this order: none, a thin line below. */
    static final List<String> BORDERS = List.of(
            "<border><left/><right/><top/><bottom/><diagonal/></border>",
            "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>");

    /** Cell styles, counted from the first of {@link #cellXfs}: the four looks, then plain and wrapped with the quote prefix. */
    private static final int PLAIN = 0;
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int WRAP = 3;
    private static final int PLAIN_QUOTED = 4;
    private static final int WRAP_QUOTED = 5;
    static final int CELL_XFS = 6;

    /** The same looks for a workbook of its own ({@link FindingsPackage}): what {@link #cellXfs} writes for a copy. */
    private static final CellLook TITLE_LOOK = CellLook.PLAIN.font(null, 14).inBold();
    private static final CellLook HEADER_LOOK = CellLook.PLAIN.inBold().grey().borders(null, "thin");
    private static final CellLook WRAP_LOOK = CellLook.PLAIN.valign("top").wrapped();
    /** Where each look's style is among {@link #cellXfs}; the title and the captions are never quoted. */
    private static final Map<CellLook, Integer> XFS = Map.of(CellLook.PLAIN, PLAIN, TITLE_LOOK, TITLE, HEADER_LOOK, HEADER,
            WRAP_LOOK, WRAP, CellLook.PLAIN.withQuotePrefix(), PLAIN_QUOTED, WRAP_LOOK.withQuotePrefix(), WRAP_QUOTED,
            TITLE_LOOK.withQuotePrefix(), TITLE, HEADER_LOOK.withQuotePrefix(), HEADER);

    private FindingsSheetXml() {
    }

    /**
     * The sheet's cell styles, as {@code <xf>} elements in the order the sheet counts them.
     *
     * @param firstFont where {@link #FONTS} begin in the workbook's fonts
     * @param noFill    the index of {@link #NO_FILL}; {@code greyFill} of {@link #GREY_FILL}
     * @param firstBorder where {@link #BORDERS} begin
     */
    static String cellXfs(int firstFont, int noFill, int greyFill, int firstBorder) {
        String plain = " fontId=\"" + firstFont + "\" fillId=\"" + noFill + "\" borderId=\"" + firstBorder + "\" xfId=\"0\"";
        String wrap = "<alignment vertical=\"top\" wrapText=\"1\"/></xf>";
        return "<xf numFmtId=\"0\"" + plain + "/>"
                + "<xf numFmtId=\"0\" fontId=\"" + (firstFont + 2) + "\" fillId=\"" + noFill + "\" borderId=\"" + firstBorder
                + "\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"" + (firstFont + 1) + "\" fillId=\"" + greyFill + "\" borderId=\"" + (firstBorder + 1)
                + "\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
                + "<xf numFmtId=\"0\"" + plain + " applyAlignment=\"1\">" + wrap
                + "<xf numFmtId=\"0\"" + plain + " quotePrefix=\"1\"/>"
                + "<xf numFmtId=\"0\"" + plain + " applyAlignment=\"1\" quotePrefix=\"1\">" + wrap;
    }

    /** The print titles' formula: the findings table's caption row on every page. */
    static String printTitles(FindingsLayout layout, String sheetName) {
        return PlainSheet.rows(sheetName, layout.headerRow(), layout.headerRow());
    }

    /** The findings sheet's four looks, as {@link FindingsLayout} names them. */
    static CellLook look(FindingsLayout.Look look) {
        return switch (look) {
            case PLAIN -> CellLook.PLAIN;
            case TITLE -> TITLE_LOOK;
            case HEADER -> HEADER_LOOK;
            case WRAP -> WRAP_LOOK;
        };
    }

    /** Puts the layout into {@code sheet}: texts, numbers, looks, widths, heights, merged areas, frozen rows, print set-up. */
    static void fill(PlainSheet sheet, FindingsLayout layout) {
        for (int i = 0; i < FindingsLayout.WIDTHS.length; i++) {
            sheet.width(i, FindingsLayout.WIDTHS[i]);
        }
        for (Line line : layout.lines()) {
            for (Entry entry : line.entries()) {
                if (entry.text() == null) {
                    sheet.number(line.row(), entry.col(), entry.number(), look(entry.look()));
                } else {
                    sheet.text(line.row(), entry.col(), entry.text(), look(entry.look()));
                }
            }
            if (line.height() > 0) {
                sheet.height(line.row(), line.height());
            }
        }
        for (CellRangeAddress range : layout.merged()) {
            sheet.merge(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
        }
        if (layout.freeze()) {
            sheet.freeze(0, layout.headerRow() + 1);
        }
        sheet.landscape();
        sheet.printTitleRows(layout.headerRow(), layout.headerRow());
    }

    /** The worksheet part, selected; its cells use the styles {@link #cellXfs} lists from index {@code firstXf}. */
    static String worksheet(FindingsLayout layout, int firstXf) {
        PlainSheet sheet = new PlainSheet(FindingsLayout.SHEET_NAME, look -> firstXf + XFS.get(look));
        fill(sheet, layout);
        return sheet.xml(true);
    }

    static String escaped(String text) {
        StringBuilder xml = new StringBuilder(text.length() + 8);
        escape(xml, text);
        return xml.toString();
    }

    /** XML-escapes the text; characters XML cannot carry are written as Excel's {@code _xHHHH_}. */
    static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\t', '\n' -> xml.append(c);
                case '\r' -> xml.append("&#13;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        xml.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
                    } else if (c == '_' && text.startsWith("_x", i) && i + 6 < text.length() && text.charAt(i + 6) == '_') {
                        xml.append("_x005F_"); // a literal _xHHHH_ must not be read back as an escape
                    } else if (Character.isSurrogate(c) && !validSurrogatePair(text, i)) {
                        xml.append('\uFFFD');
                    } else {
                        xml.append(c);
                        if (Character.isHighSurrogate(c)) {
                            xml.append(text.charAt(++i));
                        }
                    }
                }
            }
        }
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
