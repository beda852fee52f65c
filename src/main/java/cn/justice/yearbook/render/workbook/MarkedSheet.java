package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Set;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;

/**
 * One of the township's worksheet parts as its feedback copy has it: no longer the selected tab, and, when it has
 * marks, the marked cells in their highlighted styles (a cell or row that is not there is inserted in order) and
 * a {@code <legacyDrawing>} for the comments, placed where the schema's element order wants it.
 */
final class MarkedSheet {

    /** CT_Worksheet's children in schema order; Excel rejects a sheet whose children are out of this order. */
    private static final List<String> ORDER = List.of("sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols",
            "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
            "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
            "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
            "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
            "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
    private static final Set<String> TRUE = Set.of("1", "true");

    private final Document document;
    private final Element root;
    private final Element sheetData;

    MarkedSheet(Document document, String part) throws CopyDeclined {
        this.document = document;
        this.root = document.getDocumentElement();
        if (!MAIN_NS.equals(root.getNamespaceURI()) || root.getPrefix() != null || !root.getLocalName().equals("worksheet")) {
            throw new CopyDeclined(part + " is not a transitional worksheet with the default namespace");
        }
        int last = -1;
        for (Element child : XmlParts.children(root)) {
            int at = MAIN_NS.equals(child.getNamespaceURI()) ? ORDER.indexOf(child.getLocalName()) : -1;
            if (at < 0 || at < last) {
                throw new CopyDeclined(part + " has <" + child.getNodeName() + "> where a worksheet's children do not");
            }
            last = at;
        }
        if (XmlParts.child(root, MAIN_NS, "legacyDrawing") != null) {
            throw new CopyDeclined(part + " has a legacy drawing (comments or controls) already");
        }
        sheetData = XmlParts.child(root, MAIN_NS, "sheetData");
        if (sheetData == null) {
            throw new CopyDeclined(part + " has no sheetData");
        }
    }

    void deselect() {
        Element views = XmlParts.child(root, MAIN_NS, "sheetViews");
        if (views != null) {
            for (Element view : XmlParts.children(views, MAIN_NS, "sheetView")) {
                view.removeAttribute("tabSelected");
            }
        }
    }

    /** The cell at {@code ref}, inserted (with the style it shows, its row's or column's) if the sheet has no element for it. */
    Element cell(CellReference ref) throws CopyDeclined {
        Element row = row(ref.getRow() + 1);
        Element before = null;
        int last = -1;
        for (Element c : XmlParts.children(row, MAIN_NS, "c")) {
            CellReference at = address(c);
            if (at.getRow() != ref.getRow() || at.getCol() <= last) {
                throw new CopyDeclined("cell " + c.getAttribute("r") + " is out of place in row " + (ref.getRow() + 1));
            }
            last = at.getCol();
            if (at.getCol() == ref.getCol()) {
                return c;
            }
            if (at.getCol() > ref.getCol() && before == null) {
                before = c;
            }
        }
        Element c = XmlParts.newElement(sheetData, "c");
        c.setAttribute("r", ref.formatAsString(false));
        int style = TRUE.contains(row.getAttribute("customFormat")) ? number(row, "s") : columnStyle(ref.getCol() + 1);
        if (style != 0) {
            c.setAttribute("s", Integer.toString(style));
        }
        row.insertBefore(c, before);
        return c;
    }

    static int style(Element cell) throws CopyDeclined {
        return number(cell, "s");
    }

    /** Adds {@code <legacyDrawing r:id="…"/>} for the comments' VML drawing, related to the sheet as {@code relationshipId}. */
    void addLegacyDrawing(String relationshipId) throws CopyDeclined {
        String prefix = XmlParts.prefixFor(root, FindingsSheetXml.REL_NS, "r");
        if (prefix == null) {
            throw new CopyDeclined("the worksheet's prefix r stands for another namespace");
        }
        Element drawing = XmlParts.newElement(sheetData, "legacyDrawing");
        drawing.setAttributeNS(FindingsSheetXml.REL_NS, prefix + ":id", relationshipId);
        Element before = null;
        int at = ORDER.indexOf("legacyDrawing");
        for (Element child : XmlParts.children(root)) {
            if (ORDER.indexOf(child.getLocalName()) > at) {
                before = child;
                break;
            }
        }
        root.insertBefore(drawing, before);
    }

    byte[] toBytes() {
        return XmlParts.toBytes(document);
    }

    private Element row(int number) throws CopyDeclined {
        Element before = null;
        int last = 0;
        for (Element row : XmlParts.children(sheetData, MAIN_NS, "row")) {
            int r = number(row, "r");
            if (r <= last) {
                throw new CopyDeclined("row " + r + " follows row " + last);
            }
            last = r;
            if (r == number) {
                return row;
            }
            if (r > number && before == null) {
                before = row;
            }
        }
        Element row = XmlParts.newElement(sheetData, "row");
        row.setAttribute("r", Integer.toString(number));
        return (Element) sheetData.insertBefore(row, before);
    }

    private int columnStyle(int column) throws CopyDeclined {
        Element cols = XmlParts.child(root, MAIN_NS, "cols");
        if (cols != null) {
            for (Element col : XmlParts.children(cols, MAIN_NS, "col")) {
                if (number(col, "min") <= column && column <= number(col, "max")) {
                    return number(col, "style");
                }
            }
        }
        return 0;
    }

    private static CellReference address(Element c) throws CopyDeclined {
        String r = c.getAttribute("r");
        if (r.isEmpty() || !r.matches("[A-Z]{1,3}[1-9][0-9]{0,6}")) {
            throw new CopyDeclined("a cell has no usable address: '" + r + "'");
        }
        return new CellReference(r);
    }

    /** An attribute's whole number; 0 when absent. Rows must say their number: a row without one is declined. */
    private static int number(Element e, String attribute) throws CopyDeclined {
        if (!e.hasAttribute(attribute)) {
            if (attribute.equals("r") || attribute.equals("min") || attribute.equals("max")) {
                throw new CopyDeclined("<" + e.getLocalName() + "> without " + attribute);
            }
            return 0;
        }
        try {
            return Integer.parseInt(e.getAttribute(attribute).trim());
        } catch (NumberFormatException ex) {
            throw new CopyDeclined("<" + e.getLocalName() + " " + attribute + "=\"" + e.getAttribute(attribute) + "\">");
        }
    }
}
