package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.workbook.FindingsLayout.Entry;
import cn.justice.yearbook.render.workbook.FindingsLayout.Line;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.util.List;
import java.util.Locale;

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
        int row = layout.headerRow() + 1;
        return "'" + sheetName.replace("'", "''") + "'!$" + row + ":$" + row;
    }

    /** The worksheet part, selected; its cells use the styles {@link #cellXfs} lists from index {@code firstXf}. */
    static String worksheet(FindingsLayout layout, int firstXf) {
        StringBuilder xml = new StringBuilder(8192).append(XML_HEAD)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">");
        if (layout.freeze()) {
            int below = layout.headerRow() + 1;
            xml.append("<pane ySplit=\"").append(below).append("\" topLeftCell=\"A").append(below + 1)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        xml.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < FindingsLayout.WIDTHS.length; i++) {
            xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(FindingsLayout.WIDTHS[i]).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        for (Line line : layout.lines()) {
            xml.append("<row r=\"").append(line.row() + 1).append('"');
            if (line.height() > 0) {
                int twips = (int) (line.height() * 20); // heights are kept in twentieths of a point, as POI keeps them
                xml.append(" ht=\"").append(String.format(Locale.ROOT, "%.2f", twips / 20f)).append("\" customHeight=\"1\"");
            }
            xml.append('>');
            for (Entry entry : line.entries()) {
                cell(xml, line.row(), entry, firstXf);
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!layout.merged().isEmpty()) {
            xml.append("<mergeCells count=\"").append(layout.merged().size()).append("\">");
            for (CellRangeAddress range : layout.merged()) {
                xml.append("<mergeCell ref=\"").append(range.formatAsString()).append("\"/>");
            }
            xml.append("</mergeCells>");
        }
        return xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>")
                .append("</worksheet>").toString();
    }

    private static void cell(StringBuilder xml, int row, Entry entry, int firstXf) {
        String ref = new CellReference(row, entry.col()).formatAsString(false);
        if (entry.text() == null) {
            xml.append("<c r=\"").append(ref).append("\" s=\"").append(firstXf + style(entry, false)).append("\"><v>")
                    .append(entry.number()).append("</v></c>");
            return;
        }
        String text = TextCells.fit(entry.text());
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(firstXf + style(entry, TextCells.startsLikeFormula(text)))
                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        escape(xml, text);
        xml.append("</t></is></c>");
    }

    private static int style(Entry entry, boolean quoted) {
        return switch (entry.look()) {
            case TITLE -> TITLE;
            case HEADER -> HEADER;
            case WRAP -> quoted ? WRAP_QUOTED : WRAP;
            case PLAIN -> quoted ? PLAIN_QUOTED : PLAIN;
        };
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
