package cn.justice.yearbook.ingest;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;

/**
 * The part of {@link XMLStreamReader} that {@link XlsxStreamReader} never calls, refused, so that
 * {@link PlainXmlReader} implements only what is used and nothing by halves.
 */
abstract class StreamReaderSubset implements XMLStreamReader {

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not part of the plain XML reader");
    }

    @Override
    public Object getProperty(String name) {
        throw unsupported();
    }

    @Override
    public void require(int type, String namespaceURI, String localName) {
        throw unsupported();
    }

    @Override
    public String getNamespaceURI(String prefix) {
        throw unsupported();
    }

    @Override
    public boolean isStartElement() {
        throw unsupported();
    }

    @Override
    public boolean isEndElement() {
        throw unsupported();
    }

    @Override
    public boolean isCharacters() {
        throw unsupported();
    }

    @Override
    public boolean isWhiteSpace() {
        throw unsupported();
    }

    @Override
    public int getAttributeCount() {
        throw unsupported();
    }

    @Override
    public QName getAttributeName(int index) {
        throw unsupported();
    }

    @Override
    public String getAttributeNamespace(int index) {
        throw unsupported();
    }

    @Override
    public String getAttributeLocalName(int index) {
        throw unsupported();
    }

    @Override
    public String getAttributePrefix(int index) {
        throw unsupported();
    }

    @Override
    public String getAttributeType(int index) {
        throw unsupported();
    }

    @Override
    public String getAttributeValue(int index) {
        throw unsupported();
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        throw unsupported();
    }

    @Override
    public int getNamespaceCount() {
        throw unsupported();
    }

    @Override
    public String getNamespacePrefix(int index) {
        throw unsupported();
    }

    @Override
    public String getNamespaceURI(int index) {
        throw unsupported();
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw unsupported();
    }

    @Override
    public String getText() {
        throw unsupported();
    }

    @Override
    public char[] getTextCharacters() {
        throw unsupported();
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        throw unsupported();
    }

    @Override
    public int getTextStart() {
        throw unsupported();
    }

    @Override
    public int getTextLength() {
        throw unsupported();
    }

    @Override
    public String getEncoding() {
        throw unsupported();
    }

    @Override
    public boolean hasText() {
        throw unsupported();
    }

    @Override
    public Location getLocation() {
        throw unsupported();
    }

    @Override
    public boolean hasName() {
        throw unsupported();
    }

    @Override
    public String getPrefix() {
        throw unsupported();
    }

    @Override
    public String getVersion() {
        throw unsupported();
    }

    @Override
    public boolean isStandalone() {
        throw unsupported();
    }

    @Override
    public boolean standaloneSet() {
        throw unsupported();
    }

    @Override
    public String getCharacterEncodingScheme() {
        throw unsupported();
    }

    @Override
    public String getPITarget() {
        throw unsupported();
    }

    @Override
    public String getPIData() {
        throw unsupported();
    }
}
