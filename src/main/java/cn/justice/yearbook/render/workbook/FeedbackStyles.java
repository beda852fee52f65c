package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;

/**
 * The township's {@code styles.xml} with what the feedback adds at the end of each list: the findings sheet's
 * fonts, fills, borders and cell styles, and for each marked cell's style a copy with the mark's solid fill,
 * as POI's {@code cloneStyleFrom} and {@code setFillForegroundColor} make it. Existing indexes do not move.
 */
final class FeedbackStyles {

    private final Document document;
    private final Element fills;
    private final Element cellXfs;
    private final List<Element> originalXfs;
    private final Map<String, Integer> highlighted = new HashMap<>();
    private final int findingsXfs;

    FeedbackStyles(Document document) throws CopyDeclined {
        this.document = document;
        Element root = document.getDocumentElement();
        if (!MAIN_NS.equals(root.getNamespaceURI()) || root.getPrefix() != null || !root.getLocalName().equals("styleSheet")) {
            throw new CopyDeclined("styles part is not a transitional styleSheet with the default namespace");
        }
        Element fonts = list(root, "fonts");
        fills = list(root, "fills");
        Element borders = list(root, "borders");
        cellXfs = list(root, "cellXfs");
        originalXfs = XmlParts.children(cellXfs, MAIN_NS, "xf");
        if (XmlParts.children(fills, MAIN_NS, "fill").isEmpty() || originalXfs.isEmpty()) {
            throw new CopyDeclined("styles part has no fills or no cell styles");
        }
        int firstFont = count(fonts, "font");
        int noFill = count(fills, "fill");
        int firstBorder = count(borders, "border");
        findingsXfs = count(cellXfs, "xf");
        Element added = XmlParts.constant("<x xmlns=\"" + MAIN_NS + "\">"
                + "<fonts>" + String.join("", FindingsSheetXml.FONTS) + "</fonts>"
                + "<fills>" + FindingsSheetXml.NO_FILL + FindingsSheetXml.GREY_FILL + "</fills>"
                + "<borders>" + String.join("", FindingsSheetXml.BORDERS) + "</borders>"
                + "<cellXfs>" + FindingsSheetXml.cellXfs(firstFont, noFill, noFill + 1, firstBorder) + "</cellXfs></x>")
                .getDocumentElement();
        append(fonts, "font", added);
        append(fills, "fill", added);
        append(borders, "border", added);
        append(cellXfs, "xf", added);
    }

    /** Where the findings sheet's cell styles begin. */
    int findingsXfs() {
        return findingsXfs;
    }

    /** The township's cell style {@code xf} with a solid {@code fill}: a new style, one per style and colour. */
    int highlighted(int xf, IndexedColors fill) throws CopyDeclined {
        Integer done = highlighted.get(xf + fill.name());
        if (done != null) {
            return done;
        }
        if (xf < 0 || xf >= originalXfs.size()) {
            throw new CopyDeclined("a marked cell has style " + xf + " of " + originalXfs.size());
        }
        Element copy = (Element) originalXfs.get(xf).cloneNode(true);
        copy.setAttribute("fillId", Integer.toString(appendFill(solidFill(originalXfs.get(xf), fill))));
        copy.setAttribute("applyFill", "1");
        cellXfs.appendChild(copy);
        int index = count(cellXfs, "xf") - 1;
        cellXfs.setAttribute("count", Integer.toString(index + 1));
        highlighted.put(xf + fill.name(), index);
        return index;
    }

    /** The xf's own fill (or none, when the xf says not to apply one) made solid in {@code colour}. */
    private Element solidFill(Element xf, IndexedColors colour) throws CopyDeclined {
        String apply = xf.getAttribute("applyFill");
        List<Element> all = XmlParts.children(fills, MAIN_NS, "fill");
        Element fill;
        if (apply.equals("0") || apply.equals("false")) {
            fill = XmlParts.newElement(all.get(0), "fill");
        } else {
            int id = xf.hasAttribute("fillId") ? parse(xf.getAttribute("fillId")) : 0;
            if (id >= all.size()) {
                throw new CopyDeclined("a marked cell's style has fill " + id + " of " + all.size());
            }
            fill = (Element) all.get(id).cloneNode(true);
        }
        if (XmlParts.child(fill, MAIN_NS, "gradientFill") != null) {
            throw new CopyDeclined("a marked cell has a gradient fill");
        }
        Element pattern = XmlParts.child(fill, MAIN_NS, "patternFill");
        if (pattern == null) {
            pattern = (Element) fill.appendChild(XmlParts.newElement(fill, "patternFill"));
        }
        pattern.setAttribute("patternType", "solid");
        Element old = XmlParts.child(pattern, MAIN_NS, "fgColor");
        if (old != null) {
            pattern.removeChild(old);
        }
        Element fg = XmlParts.newElement(pattern, "fgColor");
        fg.setAttribute("indexed", Short.toString(colour.getIndex()));
        pattern.insertBefore(fg, pattern.getFirstChild());
        return fill;
    }

    private int appendFill(Element fill) {
        fills.appendChild(fill);
        int count = count(fills, "fill");
        fills.setAttribute("count", Integer.toString(count));
        return count - 1;
    }

    byte[] toBytes() {
        return XmlParts.toBytes(document);
    }

    private static Element list(Element root, String name) throws CopyDeclined {
        Element list = XmlParts.child(root, MAIN_NS, name);
        if (list == null) {
            throw new CopyDeclined("styles part has no " + name);
        }
        return list;
    }

    /** Appends the items of the list of the same name in {@code added} to {@code list}. */
    private void append(Element list, String item, Element added) {
        for (Element each : XmlParts.children(XmlParts.child(added, MAIN_NS, list.getLocalName()), MAIN_NS, item)) {
            list.appendChild(document.importNode(each, true));
        }
        list.setAttribute("count", Integer.toString(count(list, item)));
    }

    private static int count(Element list, String item) {
        return XmlParts.children(list, MAIN_NS, item).size();
    }

    private static int parse(String number) throws CopyDeclined {
        try {
            return Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            throw new CopyDeclined("style index " + number + " is not a number");
        }
    }
}
