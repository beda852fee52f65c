package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.HardenedDom;
import org.apache.poi.util.XMLHelper;
import org.codehaus.stax2.XMLInputFactory2;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of a small package part ({@code _rels/.rels}, {@code [Content_Types].xml}) as a list in document
 * order, each with its attributes by qualified name: what {@link HardenedDom} would give, read with StAX at half
 * the cost when the part is plainly ordinary (ASCII, no prefixes, no DOCTYPE, comment, CDATA,
 * processing instruction or character reference). Anything else, and anything StAX stumbles on, is parsed by
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

    /** POI's hardened factory, parsing every token in full so that nothing skipped goes unchecked. */
    private static final XMLInputFactory STAX = eagerFactory();

    private ManifestXml() {
    }

    static List<ManifestElement> elements(byte[] xml) throws IOException, SAXException {
        if (plain(xml)) {
            List<ManifestElement> read = readOrdinary(xml);
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

    private static XMLInputFactory eagerFactory() {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        if (factory.isPropertySupported(XMLInputFactory2.P_LAZY_PARSING)) { // Woodstox parses a token lazily unless told not to
            factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        }
        return factory;
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
    private static List<ManifestElement> readOrdinary(byte[] xml) {
        try {
            XMLStreamReader reader = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                String version = reader.getVersion();
                String encoding = reader.getCharacterEncodingScheme();
                if ((version != null && !version.equals("1.0")) || (encoding != null && !encoding.equalsIgnoreCase("UTF-8"))) {
                    return null;
                }
                List<ManifestElement> elements = new ArrayList<>();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return null;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        ManifestElement element = ordinaryElement(reader);
                        if (element == null) {
                            return null;
                        }
                        elements.add(element);
                    }
                }
                return elements;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static ManifestElement ordinaryElement(XMLStreamReader reader) {
        String elementPrefix = reader.getPrefix();
        if ((elementPrefix != null && !elementPrefix.isEmpty()) || reader.getLocalName().length() > MAX_NAME_CHARS) {
            return null;
        }
        for (int n = 0; n < reader.getNamespaceCount(); n++) {
            String prefix = reader.getNamespacePrefix(n);
            if (prefix != null && !prefix.isEmpty()) {
                return null;
            }
        }
        Map<String, String> attributes = new HashMap<>();
        for (int a = 0; a < reader.getAttributeCount(); a++) {
            String prefix = reader.getAttributePrefix(a);
            String name = reader.getAttributeLocalName(a);
            if ((prefix != null && !prefix.isEmpty()) || name.length() > MAX_NAME_CHARS
                    || attributes.put(name, reader.getAttributeValue(a)) != null) {
                return null;
            }
        }
        return new ManifestElement(reader.getLocalName(), attributes);
    }
}
