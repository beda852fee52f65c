package cn.justice.yearbook.render.workbook;

import org.apache.poi.openxml4j.opc.PackageNamespaces;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Locale;

/** A package's {@code [Content_Types].xml}: what each part is, and the parts the feedback adds. */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";
    static final String NS = PackageNamespaces.CONTENT_TYPES;
    static final String WORKBOOK = XSSFRelation.WORKBOOK.getContentType();
    static final String WORKSHEET = XSSFRelation.WORKSHEET.getContentType();
    static final String COMMENTS = XSSFRelation.SHEET_COMMENTS.getContentType();
    static final String VML = XSSFRelation.VML_DRAWINGS.getContentType();

    private final Document document;
    private final Element root;

    ContentTypes(Document document) throws CopyDeclined {
        this.document = document;
        this.root = document.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || root.getPrefix() != null) {
            throw new CopyDeclined("[Content_Types].xml is not in the content-types namespace");
        }
    }

    /** The content type of a part (a zip entry name), or null. */
    String of(String part) {
        String name = "/" + part;
        for (Element override : XmlParts.children(root, NS, "Override")) {
            if (override.getAttribute("PartName").equalsIgnoreCase(name)) {
                return override.getAttribute("ContentType");
            }
        }
        return byExtension(part.substring(part.lastIndexOf('.') + 1));
    }

    private String byExtension(String extension) {
        for (Element def : XmlParts.children(root, NS, "Default")) {
            if (def.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return def.getAttribute("ContentType");
            }
        }
        return null;
    }

    void override(String part, String type) {
        Element override = document.createElementNS(NS, "Override");
        override.setAttribute("PartName", "/" + part);
        override.setAttribute("ContentType", type);
        root.appendChild(override);
    }

    /** Parts named *.{@code extension} are of {@code type}, as a default for the extension. */
    void byDefault(String extension, String type) throws CopyDeclined {
        String existing = byExtension(extension);
        if (existing != null) {
            if (!existing.toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT))) {
                throw new CopyDeclined("." + extension + " parts are " + existing);
            }
            return;
        }
        Element def = document.createElementNS(NS, "Default");
        def.setAttribute("Extension", extension);
        def.setAttribute("ContentType", type);
        root.insertBefore(def, root.getFirstChild());
    }

    byte[] toBytes() {
        return XmlParts.toBytes(document);
    }
}
