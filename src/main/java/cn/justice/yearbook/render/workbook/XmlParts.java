package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.HardenedDom;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Small XML parts of a package, read into DOM with POI's hardened parser (no DOCTYPE, no external entities)
 * and written back as they were read: every element and attribute with the prefix it had, so only what was
 * changed differs. No JAXP transformer: looking one up costs more than writing a part.
 */
final class XmlParts {

    private XmlParts() {
    }

    static Document parse(byte[] xml) throws IOException, SAXException {
        return HardenedDom.parse(xml);
    }

    /** XML this program wrote itself, parsed: it cannot be malformed, so a failure is a bug. */
    static Document constant(String xml) {
        try {
            return parse(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot parse our own XML: " + xml, e);
        }
    }

    static byte[] toBytes(Document document) {
        StringBuilder xml = new StringBuilder(4096).append(FindingsSheetXml.XML_HEAD);
        for (Node node = document.getFirstChild(); node != null; node = node.getNextSibling()) {
            write(xml, node);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The child elements of {@code parent} with this local name in this namespace. */
    static List<Element> children(Element parent, String ns, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String ns, String localName) {
        List<Element> found = children(parent, ns, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A new element in the namespace and with the prefix of {@code like}, a sibling-to-be. */
    static Element newElement(Element like, String localName) {
        String prefix = like.getPrefix();
        return like.getOwnerDocument().createElementNS(like.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
    }

    private static void write(StringBuilder xml, Node node) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                xml.append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    xml.append(' ').append(attribute.getName()).append("=\"");
                    escape(xml, attribute.getValue(), true);
                    xml.append('"');
                }
                if (node.getFirstChild() == null) {
                    xml.append("/>");
                    return;
                }
                xml.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(xml, child);
                }
                xml.append("</").append(node.getNodeName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(xml, node.getNodeValue(), false);
            case Node.COMMENT_NODE -> xml.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE ->
                    xml.append("<?").append(node.getNodeName()).append(' ').append(node.getNodeValue()).append("?>");
            default -> throw new IllegalStateException("Unexpected node in a package part: " + node.getNodeType());
        }
    }

    /**
     * Escapes what a parser would otherwise change: markup, and in attributes the white space it would normalise.
     * Not Excel's {@code _xHHHH_} ({@link FindingsSheetXml#escape} does that for new text): this text was parsed
     * from the township's file and goes back as it was.
     */
    private static void escape(StringBuilder xml, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append(attribute ? "&quot;" : "\"");
                case '\r' -> xml.append("&#13;");
                case '\n' -> xml.append(attribute ? "&#10;" : "\n");
                case '\t' -> xml.append(attribute ? "&#9;" : "\t");
                default -> xml.append(c);
            }
        }
    }
}
