package cn.justice.yearbook.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The attributes of the start tag a {@link PlainXmlReader} is at, as places in the bytes: a value becomes a
 * String only when asked for. Namespace declarations among them are applied to the element and are not
 * attributes, as with a namespace-aware StAX parser.
 */
final class PlainXmlAttributes {

    private int count;
    private int[] nameAt = new int[8];
    private int[] nameLength = new int[8];
    /** The colon's index, or -1 for an unprefixed name. */
    private int[] colon = new int[8];
    private int[] localAt = new int[8];
    private int[] localLength = new int[8];
    /** Length and first and last byte of the name: names with different keys differ. */
    private int[] key = new int[8];
    private int[] valueAt = new int[8];
    private int[] valueEnd = new int[8];
    private int[] flags = new int[8];
    private boolean[] declaration = new boolean[8];
    private boolean prefixed;
    private boolean declarations;

    void clear() {
        count = 0;
        prefixed = false;
        declarations = false;
    }

    void add(byte[] b, int at, int length, int colonAt, int from, int to, int valueFlags) {
        if (count == nameAt.length) {
            int grown = count * 2;
            nameAt = Arrays.copyOf(nameAt, grown);
            nameLength = Arrays.copyOf(nameLength, grown);
            colon = Arrays.copyOf(colon, grown);
            localAt = Arrays.copyOf(localAt, grown);
            localLength = Arrays.copyOf(localLength, grown);
            key = Arrays.copyOf(key, grown);
            valueAt = Arrays.copyOf(valueAt, grown);
            valueEnd = Arrays.copyOf(valueEnd, grown);
            flags = Arrays.copyOf(flags, grown);
            declaration = Arrays.copyOf(declaration, grown);
        }
        nameAt[count] = at;
        nameLength[count] = length;
        colon[count] = colonAt;
        int local = colonAt < 0 ? at : colonAt + 1;
        localAt[count] = local;
        localLength[count] = at + length - local;
        key[count] = length << 16 | b[at] << 8 | b[at + length - 1];
        prefixed |= colonAt >= 0;
        declarations |= length >= 5 && b[at] == 'x' && b[at + 1] == 'm' && b[at + 2] == 'l' && b[at + 3] == 'n' && b[at + 4] == 's';
        valueAt[count] = from;
        valueEnd[count] = to;
        flags[count] = valueFlags;
        declaration[count] = false;
        count++;
    }

    /** Applies the namespace declarations to the element, then checks the attributes. */
    void complete(byte[] b, PlainXmlElements element) throws NotPlainXmlException {
        if (declarations) {
            declareNamespaces(b, element);
        }
        if (count > 1 || prefixed) {
            check(b, element);
        }
    }

    /** Applies {@code xmlns} and {@code xmlns:p} to the element; declarations XML forbids, or that StAX would refuse, are not plain. */
    private void declareNamespaces(byte[] b, PlainXmlElements element) throws NotPlainXmlException {
        for (int i = 0; i < count; i++) {
            boolean defaultNamespace = colon[i] < 0 && is(b, nameAt[i], nameLength[i], "xmlns");
            boolean prefix = colon[i] >= 0 && is(b, nameAt[i], colon[i] - nameAt[i], "xmlns");
            if (!defaultNamespace && !prefix) {
                continue;
            }
            declaration[i] = true;
            String uri = value(b, i);
            if (PlainXmlReader.reservedNamespace(uri)) {
                throw new NotPlainXmlException("a reserved namespace declared", nameAt[i]);
            }
            if (defaultNamespace) {
                element.declareDefault(uri);
                continue;
            }
            if (uri.isEmpty() || is(b, localAt[i], localLength[i], "xml") || is(b, localAt[i], localLength[i], "xmlns")) {
                throw new NotPlainXmlException("a namespace prefix declared as XML forbids", nameAt[i]);
            }
            element.declarePrefix(localAt[i], localLength[i], uri);
        }
    }

    /**
     * Every prefix is declared, and no two attributes have the same name. Two with the same local name and a
     * prefix are not plain either, even where legal: which one StAX gives for a namespace of null is its choice.
     */
    private void check(byte[] b, PlainXmlElements element) throws NotPlainXmlException {
        for (int i = 0; i < count; i++) {
            if (prefixed && !declaration[i] && colon[i] >= 0 && element.resolve(b, nameAt[i], colon[i] - nameAt[i]) == null) {
                throw new NotPlainXmlException("an undeclared namespace prefix", nameAt[i]);
            }
            for (int j = 0; j < i; j++) {
                boolean sameName = key[i] == key[j] && same(b, nameAt[i], nameAt[j], nameLength[i]);
                boolean sameLocalName = prefixed && !declaration[i] && !declaration[j] && (colon[i] >= 0 || colon[j] >= 0)
                        && localLength[i] == localLength[j] && same(b, localAt[i], localAt[j], localLength[i]);
                if (sameName || sameLocalName) {
                    throw new NotPlainXmlException("an attribute twice", nameAt[i]);
                }
            }
        }
    }

    /** The value of the attribute {@code localName}, in {@code namespaceUri} ("" for none) or, if that is null, in any. */
    String value(byte[] b, String namespaceUri, String localName, PlainXmlElements element) throws NotPlainXmlException {
        int length = localName.length();
        char first = length == 0 ? 0 : localName.charAt(0);
        for (int i = 0; i < count; i++) {
            if (localLength[i] != length || b[localAt[i]] != first || declaration[i]
                    || length > 1 && !is(b, localAt[i], length, localName)) {
                continue;
            }
            if (namespaceUri == null
                    || namespaceUri.equals(colon[i] < 0 ? "" : element.resolve(b, nameAt[i], colon[i] - nameAt[i]))) {
                return value(b, i);
            }
        }
        return null;
    }

    /** How many attributes the tag has, namespace declarations among them. */
    int size() {
        return count;
    }

    boolean isDeclaration(int i) {
        return declaration[i];
    }

    /** The qualified name of attribute {@code i}. */
    String name(byte[] b, int i) {
        return new String(b, nameAt[i], nameLength[i], StandardCharsets.ISO_8859_1);
    }

    String value(byte[] b, int i) throws NotPlainXmlException {
        return PlainXmlText.decode(b, valueAt[i], valueEnd[i], flags[i], true);
    }

    private static boolean is(byte[] b, int at, int length, String ascii) {
        if (length != ascii.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(byte[] b, int first, int second, int length) {
        return XmlNames.same(b, first, b, second, length);
    }
}
