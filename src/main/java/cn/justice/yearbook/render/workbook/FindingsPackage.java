package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.workbook.FindingsLayout.Entry;
import cn.justice.yearbook.render.workbook.FindingsLayout.Line;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A feedback workbook that is the findings sheet alone (a rejected file, or one with nothing to point at),
 * written straight as an xlsx package: the same sheet {@link FindingsSheet} puts into a copy, without
 * building and saving a POI workbook (well under a millisecond a file, BENCHMARKS.md). Every text is an inline string, never a formula;
 * one that starts like a formula gets the quote prefix, as {@link TextCells} does.
 */
final class FindingsPackage {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Cell style indexes in {@link #STYLES}: the four looks, then the plain and wrapped looks with the quote prefix. */
    private static final int PLAIN = 0;
    private static final int TITLE = 1;
    private static final int HEADER = 2;
    private static final int WRAP = 3;
    private static final int PLAIN_QUOTED = 4;
    private static final int WRAP_QUOTED = 5;
    private static final String STYLES = XML_HEAD + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"3\">"
            + "<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><b/><sz val=\"14\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "</fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\" quotePrefix=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private FindingsPackage() {
    }

    static void write(FindingsLayout layout, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        put(zip, "[Content_Types].xml", XML_HEAD
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        put(zip, "_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        int titleRow = layout.headerRow() + 1;
        put(zip, "xl/workbook.xml", XML_HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + FindingsLayout.SHEET_NAME + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'" + FindingsLayout.SHEET_NAME
                + "'!$" + titleRow + ":$" + titleRow + "</definedName></definedNames>"
                + "</workbook>");
        put(zip, "xl/_rels/workbook.xml.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/></Relationships>");
        put(zip, "xl/styles.xml", STYLES);
        put(zip, "xl/worksheets/sheet1.xml", sheet(layout));
        zip.finish();
    }

    private static String sheet(FindingsLayout layout) {
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
                cell(xml, line.row(), entry);
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

    private static void cell(StringBuilder xml, int row, Entry entry) {
        String ref = new CellReference(row, entry.col()).formatAsString(false);
        if (entry.text() == null) {
            xml.append("<c r=\"").append(ref).append("\" s=\"").append(style(entry, false)).append("\"><v>")
                    .append(entry.number()).append("</v></c>");
            return;
        }
        String text = TextCells.fit(entry.text());
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(style(entry, TextCells.startsLikeFormula(text)))
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

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
