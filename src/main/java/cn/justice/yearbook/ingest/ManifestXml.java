package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.HardenedDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of a small package part ({@code _rels/.rels}, {@code [Content_Types].xml}) as a list in document
 * order, each with its attributes by qualified name: what {@link HardenedDom} would give, read by {@link PlainXmlReader}
 * when the part is plainly ordinary (ASCII, no prefixes, no DOCTYPE, comment, CDATA, processing instruction or
 * character reference). Anything else, and anything that reader does not take, is parsed by
 * {@link HardenedDom}, so its refusals (DOCTYPE, entities) and its error messages stay exactly as they were.
 */
final class ManifestXml {

    /** @param attributes values by qualified name, as {@link Element#getAttribute} finds them; no namespace declarations */
    record ManifestElement(String localName, Map<String, String> attributes) {

        /** The attribute's value, empty when absent, as {@link Element#getAttribute} gives it. */
        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }
    }

    /** OOXML's names are short; longer ones are left to the DOM parser and its own name limit. */
    private static final int MAX_NAME_CHARS = 100;

    private ManifestXml() {
    }

    static List<ManifestElement> elements(byte[] xml) throws IOException, SAXException {
        if (plain(xml)) {
            List<ManifestElement> read = ordinaryElements(xml);
            if (read != null) {
                return read;
            }
        }
        return elements(HardenedDom.parse(xml));
    }

    /** The elements of a parsed document, in document order. */
    static List<ManifestElement> elements(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<ManifestElement> elements = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            NamedNodeMap attributes = element.getAttributes();
            Map<String, String> byName = new HashMap<>();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    byName.put(attribute.getNodeName(), attribute.getNodeValue());
                }
            }
            elements.add(new ManifestElement(element.getLocalName(), byName));
        }
        return elements;
    }

    /** Printable ASCII and line breaks only; markup no more than elements, attributes and an XML declaration. */
    private static boolean plain(byte[] xml) {
        for (int i = 0; i < xml.length; i++) {
            byte b = xml[i];
            if ((b < 0x20 || b > 0x7E) && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
            boolean markup = b == '<' && i + 1 < xml.length && (xml[i + 1] == '!' || (xml[i + 1] == '?' && i > 0));
            boolean charReference = b == '&' && i + 1 < xml.length && xml[i + 1] == '#';
            boolean cdataEnd = b == ']' && i + 2 < xml.length && xml[i + 1] == ']' && xml[i + 2] == '>';
            if (markup || charReference || cdataEnd) {
                return false;
            }
        }
        return true;
    }

    /** The elements, or null when the part is not plainly ordinary after all. */
    static List<ManifestElement> ordinaryElements(byte[] xml) {
        try {
            PlainXmlReader reader = new PlainXmlReader(xml);
            List<ManifestElement> elements = new ArrayList<>();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    ManifestElement element = ordinaryElement(reader);
                    if (element == null) {
                        return null;
                    }
                    elements.add(element);
                }
            }
            return elements;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** The element at the reader's start tag; null for a prefix or a name too long, which the DOM parser judges. */
    private static ManifestElement ordinaryElement(PlainXmlReader reader) {
        String localName = reader.getLocalName(); // the reader takes no prefixed element names
        if (localName.length() > MAX_NAME_CHARS) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        for (int a = 0; a < reader.attributeCount(); a++) {
            String name = reader.attributeName(a);
            if (name.indexOf(':') >= 0 || name.length() > MAX_NAME_CHARS) {
                return null; // xmlns:p declarations and prefixed attributes among them
            }
            if (!reader.isNamespaceDeclaration(a)) {
                attributes.put(name, reader.attributeValue(a)); // the reader refuses an attribute written twice
            }
        }
        return new ManifestElement(localName, attributes);
    }
}
