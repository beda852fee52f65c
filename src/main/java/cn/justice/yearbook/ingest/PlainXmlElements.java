package cn.justice.yearbook.ingest;

import javax.xml.XMLConstants;
import java.util.Arrays;

/**
 * The open elements of a {@link PlainXmlReader}, innermost last: where each one's name is in the bytes,
 * the namespace prefixes declared on it and the default namespace in scope.
 */
final class PlainXmlElements {

    private int depth;
    private int[] nameAt = new int[16];
    private int[] nameLength = new int[16];
    private String[] names = new String[16];
    private String[] defaultNamespace = new String[16];
    private int[] prefixesBefore = new int[16];

    private int prefixes;
    private int[] prefixAt = new int[8];
    private int[] prefixLength = new int[8];
    private String[] prefixUri = new String[8];

    int depth() {
        return depth;
    }

    void push(int at, int length) {
        if (depth == nameAt.length) {
            int grown = depth * 2;
            nameAt = Arrays.copyOf(nameAt, grown);
            nameLength = Arrays.copyOf(nameLength, grown);
            names = Arrays.copyOf(names, grown);
            defaultNamespace = Arrays.copyOf(defaultNamespace, grown);
            prefixesBefore = Arrays.copyOf(prefixesBefore, grown);
        }
        nameAt[depth] = at;
        nameLength[depth] = length;
        names[depth] = null;
        defaultNamespace[depth] = depth == 0 ? "" : defaultNamespace[depth - 1];
        prefixesBefore[depth] = prefixes;
        depth++;
    }

    void pop() {
        depth--;
        prefixes = prefixesBefore[depth];
    }

    /** Whether the innermost element's name is written at {@code b[at]}, before {@code end}. */
    boolean isCurrentNameAt(byte[] b, int at, int end) {
        int top = depth - 1;
        return at + nameLength[top] <= end && same(b, nameAt[top], at, nameLength[top]);
    }

    int currentNameLength() {
        return nameLength[depth - 1];
    }

    String localName(byte[] b) {
        int top = depth - 1;
        String name = names[top];
        if (name == null) {
            name = XmlNames.of(b, nameAt[top], nameLength[top]);
            names[top] = name;
        }
        return name;
    }

    /** The innermost element's namespace: its default namespace, "" for none (as the StAX parser says). */
    String namespaceUri() {
        return defaultNamespace[depth - 1];
    }

    void declareDefault(String uri) {
        defaultNamespace[depth - 1] = uri;
    }

    void declarePrefix(int at, int length, String uri) {
        if (prefixes == prefixAt.length) {
            prefixAt = Arrays.copyOf(prefixAt, prefixes * 2);
            prefixLength = Arrays.copyOf(prefixLength, prefixes * 2);
            prefixUri = Arrays.copyOf(prefixUri, prefixes * 2);
        }
        prefixAt[prefixes] = at;
        prefixLength[prefixes] = length;
        prefixUri[prefixes] = uri;
        prefixes++;
    }

    /** The namespace the prefix in {@code b[at, at + length)} stands for here, or null when it is not declared. */
    String resolve(byte[] b, int at, int length) {
        if (length == 3 && b[at] == 'x' && b[at + 1] == 'm' && b[at + 2] == 'l') {
            return XMLConstants.XML_NS_URI;
        }
        for (int p = prefixes - 1; p >= 0; p--) {
            if (prefixLength[p] == length && same(b, prefixAt[p], at, length)) {
                return prefixUri[p];
            }
        }
        return null;
    }

    private static boolean same(byte[] b, int first, int second, int length) {
        return XmlNames.same(b, first, b, second, length);
    }
}
