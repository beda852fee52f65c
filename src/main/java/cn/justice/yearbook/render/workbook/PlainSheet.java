package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.util.CellReference;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.REL_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.XML_HEAD;

/**
 * One sheet of a {@link PlainWorkbook}: cells set in any order, written out as a worksheet part. Rows and columns
 * count from 0. Text always goes in as a string through {@link TextCells}' rules: cut to what a cell holds, and
 * with the quote prefix when it starts like a formula.
 */
public final class PlainSheet {

    private record Row(float height, Map<Integer, String> cells) {
    }

    /** Excel's default row height, in points: a row given no height of its own is this tall. */
    public static final float DEFAULT_ROW_POINTS = 15;

    private final String name;
    private final ToIntFunction<CellLook> styles;
    private final Map<Integer, Row> rows = new TreeMap<>();
    private final Map<Integer, Double> widths = new TreeMap<>();
    private final StringBuilder merged = new StringBuilder();
    private int mergedCount;
    private int frozenColumns;
    private int frozenRows;
    private String autoFilter;
    private String printTitles;
    private boolean landscape;

    /** @param styles the index of a look's cell style in the workbook's styles part */
    PlainSheet(String name, ToIntFunction<CellLook> styles) {
        this.name = name;
        this.styles = styles;
    }

    public String name() {
        return name;
    }

    public void text(int row, int col, String text, CellLook look) {
        String value = TextCells.fit(text);
        StringBuilder cell = cell(row, col, TextCells.startsLikeFormula(value) ? look.withQuotePrefix() : look)
                .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        FindingsSheetXml.escape(cell, value);
        put(row, col, cell.append("</t></is></c>"));
    }

    public void number(int row, int col, double value, CellLook look) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        put(row, col, cell(row, col, look).append("><v>").append(number).append("</v></c>"));
    }

    /** A cell with a look and nothing in it. */
    public void blank(int row, int col, CellLook look) {
        put(row, col, cell(row, col, look).append("/>"));
    }

    public void height(int row, float points) {
        Row existing = rows.get(row);
        rows.put(row, new Row(points, existing == null ? new TreeMap<>() : existing.cells()));
    }

    /** @param chars the width in characters of the default font, as Excel counts column widths */
    public void width(int col, double chars) {
        widths.put(col, chars);
    }

    /** Keeps the first {@code columns} columns and {@code rowCount} rows in view while scrolling. */
    public void freeze(int columns, int rowCount) {
        this.frozenColumns = columns;
        this.frozenRows = rowCount;
    }

    public void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merged.append("<mergeCell ref=\"").append(range(firstRow, lastRow, firstCol, lastCol)).append("\"/>");
        mergedCount++;
    }

    /** Filter buttons on the heading row {@code firstRow}, over the rows below it down to {@code lastRow}. */
    public void autoFilter(int firstRow, int lastRow, int firstCol, int lastCol) {
        this.autoFilter = range(firstRow, lastRow, firstCol, lastCol);
    }

    /** Rows printed at the top of every page. */
    public void printTitleRows(int firstRow, int lastRow) {
        this.printTitles = rows(name, firstRow, lastRow);
    }

    public void landscape() {
        this.landscape = true;
    }

    /** The workbook's defined names for this sheet (filter range, print titles), as {@code <definedName>} elements. */
    String definedNames(int sheetIndex) {
        StringBuilder xml = new StringBuilder();
        if (autoFilter != null) {
            xml.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(sheetIndex).append("\" hidden=\"1\">")
                    .append(FindingsSheetXml.escaped(quotedName() + "!" + absolute(autoFilter))).append("</definedName>");
        }
        if (printTitles != null) {
            xml.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(sheetIndex).append("\">")
                    .append(FindingsSheetXml.escaped(printTitles)).append("</definedName>");
        }
        return xml.toString();
    }

    String xml(boolean selected) {
        StringBuilder xml = new StringBuilder(16384).append(XML_HEAD)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView");
        if (selected) {
            xml.append(" tabSelected=\"1\"");
        }
        xml.append(" workbookViewId=\"0\"");
        if (frozenColumns == 0 && frozenRows == 0) {
            xml.append("/>");
        } else {
            String pane = frozenRows == 0 ? "topRight" : frozenColumns == 0 ? "bottomLeft" : "bottomRight";
            xml.append("><pane");
            if (frozenColumns > 0) {
                xml.append(" xSplit=\"").append(frozenColumns).append('"');
            }
            if (frozenRows > 0) {
                xml.append(" ySplit=\"").append(frozenRows).append('"');
            }
            xml.append(" topLeftCell=\"").append(CellReference.convertNumToColString(frozenColumns)).append(frozenRows + 1)
                    .append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/></sheetView>");
        }
        xml.append("</sheetViews><sheetFormatPr defaultRowHeight=\"").append((int) DEFAULT_ROW_POINTS).append("\"/>");
        if (!widths.isEmpty()) {
            xml.append("<cols>");
            widths.forEach((col, chars) -> xml.append("<col min=\"").append(col + 1).append("\" max=\"").append(col + 1)
                    .append("\" width=\"").append(String.format(Locale.ROOT, "%.2f", chars)).append("\" customWidth=\"1\"/>"));
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        rows.forEach((r, row) -> {
            xml.append("<row r=\"").append(r + 1).append('"');
            if (row.height() > 0) {
                int twips = (int) (row.height() * 20); // heights are kept in twentieths of a point, as POI keeps them
                xml.append(" ht=\"").append(String.format(Locale.ROOT, "%.2f", twips / 20f)).append("\" customHeight=\"1\"");
            }
            xml.append('>');
            row.cells().values().forEach(xml::append);
            xml.append("</row>");
        });
        xml.append("</sheetData>");
        if (autoFilter != null) {
            xml.append("<autoFilter ref=\"").append(autoFilter).append("\"/>");
        }
        if (mergedCount > 0) {
            xml.append("<mergeCells count=\"").append(mergedCount).append("\">").append(merged).append("</mergeCells>");
        }
        return xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"")
                .append(landscape ? " orientation=\"landscape\"" : "").append("/></worksheet>").toString();
    }

    /** A cell's element up to its attributes' end: {@code <c r="B4" s="3"}. */
    private StringBuilder cell(int row, int col, CellLook look) {
        return new StringBuilder(64).append("<c r=\"").append(CellReference.convertNumToColString(col)).append(row + 1)
                .append("\" s=\"").append(styles.applyAsInt(look)).append('"');
    }

    private void put(int row, int col, StringBuilder cell) {
        rows.computeIfAbsent(row, r -> new Row(0, new TreeMap<>())).cells().put(col, cell.toString());
    }

    private String quotedName() {
        return quoted(name);
    }

    /** Whole rows of a sheet as a formula: {@code '审核结果'!$10:$10}. */
    static String rows(String sheetName, int firstRow, int lastRow) {
        return quoted(sheetName) + "!$" + (firstRow + 1) + ":$" + (lastRow + 1);
    }

    private static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    private static String range(int firstRow, int lastRow, int firstCol, int lastCol) {
        return CellReference.convertNumToColString(firstCol) + (firstRow + 1) + ":" + CellReference.convertNumToColString(lastCol) + (lastRow + 1);
    }

    /** A1:B2 as $A$1:$B$2. */
    private static String absolute(String range) {
        return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
    }

}
