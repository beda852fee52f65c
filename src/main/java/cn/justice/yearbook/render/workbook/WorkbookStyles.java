package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.BuiltinFormats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.XML_HEAD;

/** The cell styles of a {@link PlainWorkbook}: one per distinct {@link CellLook}, written as its styles part. */
final class WorkbookStyles {

    /** Custom number formats are numbered from here; below are Excel's built-in ones. */
    private static final int FIRST_CUSTOM_FORMAT = 164;
    private static final int GREY_FILL = 2;

    private final Map<CellLook, Integer> xfs = new HashMap<>();
    private final List<String> cellXfs = new ArrayList<>();
    private final Map<String, Integer> fonts = new LinkedHashMap<>();
    private final Map<String, Integer> borders = new LinkedHashMap<>();
    private final Map<String, Integer> formats = new HashMap<>();
    private final List<String> customFormats = new ArrayList<>();

    WorkbookStyles() {
        fonts.put(FindingsSheetXml.FONTS.get(0), 0);
        borders.put(FindingsSheetXml.BORDERS.get(0), 0);
        index(CellLook.PLAIN); // cell style 0, the one of cells without a style
    }

    /** The index of the cell style that looks like this, made on first use. */
    int index(CellLook look) {
        Integer known = xfs.get(look);
        if (known != null) {
            return known;
        }
        StringBuilder xf = new StringBuilder(160);
        int format = format(look.numberFormat());
        xf.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font(look))
                .append("\" fillId=\"").append(look.greyFill() ? GREY_FILL : 0).append("\" borderId=\"").append(border(look))
                .append("\" xfId=\"0\"");
        if (format != 0) {
            xf.append(" applyNumberFormat=\"1\"");
        }
        xf.append(" applyFont=\"1\"");
        if (look.greyFill()) {
            xf.append(" applyFill=\"1\"");
        }
        if (look.topBorder() != null || look.bottomBorder() != null) {
            xf.append(" applyBorder=\"1\"");
        }
        boolean aligned = look.horizontal() != null || look.vertical() != null || look.wrap();
        if (aligned) {
            xf.append(" applyAlignment=\"1\"");
        }
        if (look.quoted()) {
            xf.append(" quotePrefix=\"1\"");
        }
        if (aligned) {
            xf.append("><alignment");
            attribute(xf, "horizontal", look.horizontal());
            attribute(xf, "vertical", look.vertical());
            if (look.wrap()) {
                xf.append(" wrapText=\"1\"");
            }
            xf.append("/></xf>");
        } else {
            xf.append("/>");
        }
        int index = xfs.size();
        xfs.put(look, index);
        cellXfs.add(xf.toString());
        return index;
    }

    private int font(CellLook look) {
        String xml = look.fontName() == null && look.fontPoints() == 11 && !look.bold() ? FindingsSheetXml.FONTS.get(0)
                : "<font>" + (look.bold() ? "<b/>" : "") + "<sz val=\"" + look.fontPoints() + "\"/><name val=\""
                + FindingsSheetXml.escaped(look.fontName() == null ? "Calibri" : look.fontName()) + "\"/></font>";
        return fonts.computeIfAbsent(xml, k -> fonts.size());
    }

    private int border(CellLook look) {
        if (look.topBorder() == null && look.bottomBorder() == null) {
            return 0;
        }
        String xml = "<border><left/><right/>" + line("top", look.topBorder()) + line("bottom", look.bottomBorder()) + "<diagonal/></border>";
        return borders.computeIfAbsent(xml, k -> borders.size());
    }

    private static String line(String side, String style) {
        return style == null ? "<" + side + "/>" : "<" + side + " style=\"" + style + "\"><color indexed=\"64\"/></" + side + ">";
    }

    private int format(String pattern) {
        if (pattern == null) {
            return 0;
        }
        Integer known = formats.get(pattern);
        if (known != null) {
            return known;
        }
        int builtin = BuiltinFormats.getBuiltinFormat(pattern);
        int id = builtin >= 0 ? builtin : FIRST_CUSTOM_FORMAT + customFormats.size();
        if (builtin < 0) {
            customFormats.add("<numFmt numFmtId=\"" + id + "\" formatCode=\"" + FindingsSheetXml.escaped(pattern) + "\"/>");
        }
        formats.put(pattern, id);
        return id;
    }

    String xml() {
        StringBuilder xml = new StringBuilder(4096).append(XML_HEAD).append("<styleSheet xmlns=\"").append(MAIN_NS).append("\">");
        if (!customFormats.isEmpty()) {
            xml.append("<numFmts count=\"").append(customFormats.size()).append("\">");
            customFormats.forEach(xml::append);
            xml.append("</numFmts>");
        }
        xml.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.keySet().forEach(xml::append);
        xml.append("</fonts><fills count=\"3\">").append(FindingsSheetXml.NO_FILL)
                .append("<fill><patternFill patternType=\"gray125\"/></fill>").append(FindingsSheetXml.GREY_FILL).append("</fills>")
                .append("<borders count=\"").append(borders.size()).append("\">");
        borders.keySet().forEach(xml::append);
        xml.append("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(cellXfs.size()).append("\">");
        cellXfs.forEach(xml::append);
        return xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("</styleSheet>").toString();
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }

}
