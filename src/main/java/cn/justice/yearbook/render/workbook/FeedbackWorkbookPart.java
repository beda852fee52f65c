package cn.justice.yearbook.render.workbook;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.REL_NS;

/**
 * The township's {@code workbook.xml} with the findings sheet put first, as POI's {@code setSheetOrder},
 * {@code setActiveSheet} and {@code setSelectedTab} leave it: the new sheet first and shown, sheet-scoped
 * names moved along with their sheets, and the findings table's caption row as the new sheet's print titles.
 */
final class FeedbackWorkbookPart {

    /** @param relationshipId the {@code r:id} that leads to the sheet's part */
    record SheetEntry(String name, String relationshipId) {
    }

    private final Document document;
    private final Element root;
    private final Element sheets;
    private final String relPrefix;

    FeedbackWorkbookPart(Document document) throws CopyDeclined {
        this.document = document;
        this.root = document.getDocumentElement();
        if (!MAIN_NS.equals(root.getNamespaceURI()) || root.getPrefix() != null || !root.getLocalName().equals("workbook")) {
            throw new CopyDeclined("workbook part is not a transitional workbook with the default namespace");
        }
        sheets = XmlParts.child(root, MAIN_NS, "sheets");
        relPrefix = root.lookupPrefix(REL_NS);
        if (sheets == null || relPrefix == null) {
            throw new CopyDeclined("workbook part has no sheets or no relationship namespace");
        }
    }

    List<SheetEntry> sheets() {
        List<SheetEntry> entries = new ArrayList<>();
        for (Element sheet : XmlParts.children(sheets, MAIN_NS, "sheet")) {
            entries.add(new SheetEntry(sheet.getAttribute("name"), sheet.getAttributeNS(REL_NS, "id")));
        }
        return entries;
    }

    /**
     * Puts the findings sheet first, named 「审核结果」 or with as many 「_」 added as it takes to differ from the
     * township's sheets (without case, as Excel compares).
     */
    void addFindingsSheet(String relationshipId, FindingsLayout layout) throws CopyDeclined {
        int maxId = 0;
        List<Element> existing = XmlParts.children(sheets, MAIN_NS, "sheet");
        for (Element sheet : existing) {
            maxId = Math.max(maxId, number(sheet.getAttribute("sheetId")));
        }
        String name = FindingsLayout.SHEET_NAME;
        while (taken(existing, name)) {
            name = name + "_";
        }
        Element sheet = XmlParts.newElement(sheets, "sheet");
        sheet.setAttribute("name", name);
        sheet.setAttribute("sheetId", Integer.toString(maxId + 1));
        sheet.setAttributeNS(REL_NS, relPrefix + ":id", relationshipId);
        sheets.insertBefore(sheet, sheets.getFirstChild());
        showFirstSheet();
        Element names = definedNames();
        for (Element definedName : XmlParts.children(names, MAIN_NS, "definedName")) {
            if (definedName.hasAttribute("localSheetId")) {
                definedName.setAttribute("localSheetId", Integer.toString(number(definedName.getAttribute("localSheetId")) + 1));
            }
        }
        Element printTitles = XmlParts.newElement(sheets, "definedName");
        printTitles.setAttribute("name", "_xlnm.Print_Titles");
        printTitles.setAttribute("localSheetId", "0");
        printTitles.setTextContent(FindingsSheetXml.printTitles(layout, name));
        names.appendChild(printTitles);
    }

    private static boolean taken(List<Element> sheets, String name) {
        return sheets.stream().anyMatch(s -> s.getAttribute("name").equalsIgnoreCase(name));
    }

    private void showFirstSheet() {
        Element views = XmlParts.child(root, MAIN_NS, "bookViews");
        if (views == null) {
            views = (Element) root.insertBefore(XmlParts.newElement(sheets, "bookViews"), sheets);
        }
        List<Element> all = XmlParts.children(views, MAIN_NS, "workbookView");
        if (all.isEmpty()) {
            all = List.of((Element) views.appendChild(XmlParts.newElement(sheets, "workbookView")));
        }
        for (Element view : all) {
            view.setAttribute("activeTab", "0");
            view.removeAttribute("firstSheet");
        }
    }

    /** The {@code <definedNames>}, added after the elements CT_Workbook puts before it when there is none. */
    private Element definedNames() {
        Element names = XmlParts.child(root, MAIN_NS, "definedNames");
        if (names != null) {
            return names;
        }
        Element after = sheets;
        for (String previous : List.of("functionGroups", "externalReferences")) {
            Element e = XmlParts.child(root, MAIN_NS, previous);
            if (e != null) {
                after = e;
            }
        }
        return (Element) root.insertBefore(XmlParts.newElement(sheets, "definedNames"), after.getNextSibling());
    }

    byte[] toBytes() {
        return XmlParts.toBytes(document);
    }

    private static int number(String value) throws CopyDeclined {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CopyDeclined("workbook part has a sheet index or id '" + value + "'");
        }
    }
}
