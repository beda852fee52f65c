package cn.justice.yearbook.ingest;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import cn.justice.yearbook.testing.SampleInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain XML reader reads a document exactly as the StAX parser does, or says it is not plain; it never
 * reads a document StAX rejects. Each document is walked the way {@link XlsxStreamReader}'s part bodies walk
 * one (tags, names, namespaces, attribute values, element text) by both readers, and the walks compared.
 */
class PlainXmlReaderTest {

    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();
    private static final String REL_NS = TestPackages.REL_NS;
    private static final String ROOT = "<worksheet xmlns=\"" + TestPackages.MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">";

    @Test
    void readsWhatExcelAndPoiWriteAsStaxDoes() throws Exception {
        String[] plain = {
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + ROOT + "<v>1</v></worksheet>",
                "<?xml version='1.0' encoding='utf-8'?>" + ROOT + "<v>1</v></worksheet>",
                "<?xml version=\"1.0\"?>" + ROOT + "<v/></worksheet>",
                "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ROOT + "<v>有 BOM</v></worksheet>",
                ROOT + "<t>&lt;&gt;&amp;&quot;&apos; a&amp;b</t></worksheet>",
                ROOT + "<t>&#65;&#x42;&#x4e2d;&#20013;&#x1F600;&#9;&#10;&#13;</t></worksheet>",
                ROOT + "<c r=\"A&#49;\" s='&quot;&#9;&#13;&#10;'/></worksheet>",
                ROOT + "<t>第一行\r\n第二行\r第三行\n第四行</t></worksheet>",
                ROOT + "<c r=\"A\t1\" s=\"1\r\n2\" t=\"a\rb\nc\"/></worksheet>",
                ROOT + "<t xml:space=\"preserve\">  前后有空格  </t></worksheet>",
                ROOT + "<t>人民调解案件数（件）</t><t>\uD83D\uDE00 \uD83C\uDFEF \uDBFF\uDFFF \uD7FF \uE000 \uFFFD \u0085 \u2028</t></worksheet>",
                ROOT + "<!-- 注释 - with a dash --><v>1<!---->2</v></worksheet><!-- after -->\n",
                ROOT + "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></worksheet>",
                "<worksheet xmlns=\"" + TestPackages.MAIN_NS + "\"><sheet xmlns:p=\"" + REL_NS + "\" p:id=\"rId7\"/><sheet id=\"x\"/></worksheet>",
                "<worksheet xmlns=\"" + TestPackages.MAIN_NS + "\" xmlns:mc=\"urn:mc\" mc:Ignorable=\"x14ac\" xmlns:x14ac=\"urn:x\"><v>1</v></worksheet>",
                "<Types xmlns=\"urn:ct\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
                "<a><b xmlns=\"urn:inner\"><c/></b><d xmlns=\"\"/></a>",
                ROOT + "<v >1</v ><c\n r = '1'\t/></worksheet>",
                ROOT + "<c.d><c></c\r\n\t ></c.d></worksheet   >",
                ROOT + "<t>a > b, 'quoted' \"double\"</t></worksheet>",
                "  \r\n<a/>\n",
        };
        for (String doc : plain) {
            assertThat(compare(utf8(doc))).as(doc).isEqualTo(Outcome.SAME);
        }
    }

    @Test
    void declinesWhatIsNotPlainXml() throws Exception {
        String[] notPlain = {
                ROOT + "<c r=\"A1\" r=\"A2\"/></worksheet>", // duplicate attribute
                "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>", // duplicate by namespace
                ROOT + "<c q:id=\"1\"/></worksheet>", // undeclared prefix
                ROOT + "<c></v></worksheet>", // mismatched tags
                ROOT + "<c></cc></worksheet>",
                ROOT + "<cc></c></worksheet>",
                ROOT + "<c></C></worksheet>",
                ROOT + "<c></c:x></worksheet>",
                ROOT + "<c></c中></worksheet>",
                ROOT + "<c></c-></worksheet>",
                ROOT + "<c></c\u0001></worksheet>",
                ROOT + "<c></c/></worksheet>",
                ROOT + "<c></c",
                ROOT + "<c></",
                ROOT + "<c>", // unclosed
                ROOT + "</worksheet>x", // trailing garbage
                ROOT + "</worksheet><worksheet/>", // a second root
                "<!DOCTYPE worksheet>" + ROOT + "</worksheet>",
                "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
                ROOT + "<t><![CDATA[x]]></t></worksheet>",
                ROOT + "<?pi x?></worksheet>",
                "<?xml version=\"1.0\" encoding=\"GBK\"?><a/>",
                "<?xml version=\"1.1\"?><a/>",
                "<?xml version=\"1.0\" encoding=\"UTF8\"?><a/>",
                " <?xml version=\"1.0\"?><a/>",
                ROOT + "<!-- a -- b --></worksheet>",
                ROOT + "<!-- a ---></worksheet>",
                ROOT + "<t>&nbsp;</t></worksheet>",
                ROOT + "<t>&#0;</t></worksheet>",
                ROOT + "<t>&#xD800;</t></worksheet>",
                ROOT + "<t>&#x110000;</t></worksheet>",
                ROOT + "<t>&#xFFFE;</t></worksheet>",
                ROOT + "<t>&#X41;</t></worksheet>",
                ROOT + "<t>a & b</t></worksheet>",
                ROOT + "<t>]]></t></worksheet>",
                ROOT + "<t>\u0001</t></worksheet>",
                ROOT + "<c r=\"<\"/></worksheet>",
                ROOT + "<c r=\"1\"s=\"2\"/></worksheet>",
                ROOT + "<c r=1/></worksheet>",
                ROOT + "<x:c xmlns:x=\"urn:x\"/></worksheet>",
                "<a xmlns:p=\"\"/>",
                "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
                "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>",
                "<表/>",
                "<a/ >",
                "",
                "text",
        };
        for (String doc : notPlain) {
            assertThat(compare(utf8(doc))).as(doc).isEqualTo(Outcome.NOT_PLAIN);
        }
        byte[][] bytes = {
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xC0, (byte) 0x80}, "</t></worksheet>"), // overlong
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xE0, (byte) 0x81, (byte) 0x81}, "</t></worksheet>"), // overlong
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "</t></worksheet>"), // a surrogate
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "</t></worksheet>"), // > U+10FFFF
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xE4, (byte) 0xB8}, "</t></worksheet>"), // cut short
                withBytes(ROOT + "<t>", new byte[]{(byte) 0xFF}, "</t></worksheet>"),
                withBytes(ROOT + "<c r=\"", new byte[]{(byte) 0x80}, "\"/></worksheet>"),
                withBytes("", new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '<', 0, 'a', 0, '/', 0, '>'}, ""), // UTF-16
        };
        for (byte[] doc : bytes) {
            assertThat(compare(doc)).as(new String(doc, StandardCharsets.ISO_8859_1)).isEqualTo(Outcome.NOT_PLAIN);
        }
    }

    /** A data validation's dozen attributes, some alike in length and first and last letter: any one written twice is not plain. */
    @Test
    void findsAnAttributeWrittenTwiceAmongMany() throws Exception {
        String[] attributes = {
                "type=\"whole\"", "operator=\"greaterThanOrEqual\"", "sqref=\"E7\"", "allowBlank=\"true\"", "errorStyle=\"stop\"",
                "showInputMessage=\"true\"", "promptTitle=\"计量单位：次\"", "prompt=\"请填写整数，没有发生的填 0。\"",
                "showErrorMessage=\"true\"", "errorTitle=\"填写有误\"", "error=\"只能填写大于或等于 0 的整数\"", "r=\"1\"", "s=\"2\"",
        };
        String tag = "<dataValidation " + String.join(" ", attributes);
        assertThat(compare(utf8(ROOT + tag + "/></worksheet>"))).isEqualTo(Outcome.SAME);
        for (String twice : attributes) {
            for (int at = 0; at <= attributes.length; at++) {
                List<String> written = new ArrayList<>(List.of(attributes));
                written.add(at, twice.replace("\"", "'"));
                String doc = ROOT + "<dataValidation " + String.join(" ", written) + "/></worksheet>";
                assertThat(compare(utf8(doc))).as(doc).isEqualTo(Outcome.NOT_PLAIN);
            }
        }
    }

    /** Three-byte sequences at the edges of each lead byte, alone or after a run of Chinese, in text, an attribute value and a comment. */
    @Test
    void checksThreeByteSequencesAsStrictlyInsideARunOfChineseAsAlone() throws Exception {
        int[][] legal = {
                {0xE0, 0xA0, 0x80}, {0xE1, 0x80, 0x80}, {0xE4, 0xB8, 0xAD}, {0xEC, 0xBF, 0xBF}, {0xED, 0x80, 0x80},
                {0xED, 0x9F, 0xBF}, {0xEE, 0x80, 0x80}, {0xEF, 0xBC, 0x8C}, {0xEF, 0xBE, 0xBF}, {0xEF, 0xBF, 0xBD},
        };
        int[][] illegal = {
                {0xE0, 0x9F, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xEF, 0xBF, 0xBE},
                {0xEF, 0xBF, 0xBF}, {0xE4, 0xB8, 0x41}, {0xE4, 0xC0, 0x80}, {0xE4, 0x41, 0x80}, {0xE4, 0xB8, 0xFF},
                {0xE4, 0xB8}, {0xE4}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xC1, 0xBF},
        };
        String[][] places = {
                {ROOT + "<t>", "</t></worksheet>"},
                {ROOT + "<c r=\"", "\"/></worksheet>"},
                {ROOT + "<!-- ", " --></worksheet>"},
        };
        for (String[] place : places) {
            for (String before : new String[]{"", "人民调解，"}) {
                for (int[] sequence : legal) {
                    byte[] doc = withBytes(place[0] + before, bytes(sequence), "：案件" + place[1]);
                    assertThat(compare(doc)).as(show(doc)).isEqualTo(Outcome.SAME);
                }
                for (int[] sequence : illegal) {
                    byte[] doc = withBytes(place[0] + before, bytes(sequence), "：案件" + place[1]);
                    assertThat(compare(doc)).as(show(doc)).isEqualTo(Outcome.NOT_PLAIN);
                }
            }
        }
    }

    @Test
    void readsRealPartsAsStaxDoesAndNeverReadsAMutatedOneThatStaxRejectsOrReadsDifferently() throws Exception {
        Random random = new Random(20250117);
        int same = 0;
        int notPlain = 0;
        int staxRejects = 0;
        for (byte[] part : sampleParts()) {
            assertThat(compare(part)).as("an unchanged part").isEqualTo(Outcome.SAME);
            for (int i = 0; i < 1_000; i++) {
                byte[] mutant = mutate(part, random);
                Outcome outcome = compare(mutant);
                same += outcome == Outcome.SAME ? 1 : 0;
                notPlain += outcome == Outcome.NOT_PLAIN ? 1 : 0;
                if (outcome == Outcome.NOT_PLAIN && !staxReads(mutant)) {
                    staxRejects++;
                }
            }
        }
        // the mutations reach both sides of the line: documents read alike, and documents left to StAX
        assertThat(same).isGreaterThan(500);
        assertThat(notPlain).isGreaterThan(500);
        assertThat(staxRejects).isGreaterThan(300);
    }

    enum Outcome { SAME, NOT_PLAIN }

    /** Walks the document with both readers: SAME if both read it alike, NOT_PLAIN if the plain reader declines; fails otherwise. */
    private static Outcome compare(byte[] doc) throws Exception {
        Set<String> names = attributeNames(doc);
        List<String> plain = new ArrayList<>();
        try {
            walk(new PlainXmlReader(doc), names, plain);
        } catch (NotPlainXmlException e) {
            return Outcome.NOT_PLAIN;
        }
        List<String> stax = new ArrayList<>();
        try {
            walk(STAX.createXMLStreamReader(new ByteArrayInputStream(doc)), names, stax);
        } catch (Exception e) {
            throw new AssertionError("read as plain XML, rejected by StAX (" + e + "): " + show(doc));
        }
        assertThat(plain).as(show(doc)).containsExactlyElementsOf(stax);
        return Outcome.SAME;
    }

    private static boolean staxReads(byte[] doc) {
        try {
            walk(STAX.createXMLStreamReader(new ByteArrayInputStream(doc)), Set.of(), new ArrayList<>());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The reading the part bodies make: the root by nextTag, then every tag, attribute asked for, and text of leaf elements. */
    private static void walk(XMLStreamReader xml, Set<String> attributes, List<String> out) throws Exception {
        try {
            assertThat(xml.getEventType()).isEqualTo(XMLStreamConstants.START_DOCUMENT);
            out.add("root " + xml.nextTag() + " " + xml.getName());
            element(xml, attributes, out);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element(xml, attributes, out);
                    if (Set.of("v", "f", "t", "definedName").contains(xml.getLocalName())) {
                        out.add("text [" + xml.getElementText() + "] then " + xml.getEventType() + " " + xml.getLocalName());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    out.add("end " + xml.getLocalName() + " " + xml.getNamespaceURI());
                }
            }
            out.add("end of document " + xml.getEventType());
        } finally {
            xml.close();
        }
    }

    private static void element(XMLStreamReader xml, Set<String> attributes, List<String> out) {
        StringBuilder line = new StringBuilder("start ").append(xml.getLocalName()).append(' ').append(xml.getNamespaceURI());
        for (String name : attributes) {
            line.append(' ').append(name).append('=').append(xml.getAttributeValue(null, name));
        }
        line.append(" r:id=").append(xml.getAttributeValue(REL_NS, "id")).append(" id=").append(xml.getAttributeValue("", "id"));
        out.add(line.toString());
    }

    /** Every attribute local name in the document as StAX reads it, as far as it reads it, and the ones the bodies ask for. */
    private static Set<String> attributeNames(byte[] doc) {
        Set<String> names = new TreeSet<>(Set.of("r", "s", "t", "id", "space", "name", "Ignorable", "xmlns"));
        try {
            XMLStreamReader xml = STAX.createXMLStreamReader(new ByteArrayInputStream(doc));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        names.add(xml.getAttributeLocalName(i));
                    }
                }
            }
        } catch (Exception e) {
            // a broken document: the names up to where it breaks
        }
        return names;
    }

    private static final String[] SNIPPETS = {
            "&amp;", "&lt;", "&#x41;", "&#65;", "&#0;", "&#xFFFE;", "&#x10FFFF;", "&#xD800;", "&nbsp;", "&", ";", "&#", "&#x;",
            "<!-- c -->", "<!-- -- -->", "<!--->", "<![CDATA[x]]>", "<!DOCTYPE a>", "<?pi?>", "<?xml version=\"1.0\"?>",
            "\r\n", "\r", "\t", " ", "\n", "]]>", "]>", "</c>", "<c>", "<c/>", "<v>", "</v>", "<t>", "</t>", "/>", "<", ">", "=", "\"", "'",
            " xmlns:q=\"urn:q\"", " q:id=\"1\"", " r:id=\"2\"", " xml:space=\"preserve\"", " xmlns=\"urn:x\"", " xmlns=\"\"",
            " r=\"1\"", " s=\"2\"", " t='3'", ":", "x:", "中文", "\uD83D\uDE00", "\u0085", "\u2028", "\uFEFF",
    };
    private static final byte[] BYTES = {
            '<', '>', '&', ';', '"', '\'', '/', '=', ':', '!', '?', '-', '[', ']', '#', 'x', ' ', '\t', '\r', '\n', 0, 1, 0x1F, 0x7F,
            (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xE0, (byte) 0xE4, (byte) 0xED, (byte) 0xEF, (byte) 0xF0,
            (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, 'a', 'Z', '0', '9', '.', '_',
    };

    /** One to three edits: a byte changed, inserted or deleted, a snippet inserted, a span deleted or doubled, or the end cut. */
    private static byte[] mutate(byte[] doc, Random random) {
        byte[] out = doc;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = position(out, random);
            out = switch (random.nextInt(7)) {
                case 0 -> splice(out, at, Math.min(1, out.length - at), new byte[]{BYTES[random.nextInt(BYTES.length)]});
                case 1 -> splice(out, at, 0, new byte[]{BYTES[random.nextInt(BYTES.length)]});
                case 2 -> splice(out, at, Math.min(1, out.length - at), new byte[0]);
                case 3, 4 -> splice(out, at, 0, SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                case 5 -> {
                    int length = Math.min(random.nextInt(12), out.length - at);
                    yield random.nextBoolean() ? splice(out, at, length, new byte[0])
                            : splice(out, at, 0, java.util.Arrays.copyOfRange(out, at, at + length));
                }
                default -> java.util.Arrays.copyOf(out, at);
            };
        }
        return out;
    }

    /** Mostly next to markup, where a mutation changes the most. */
    private static int position(byte[] doc, Random random) {
        int at = random.nextInt(doc.length + 1);
        if (random.nextInt(3) > 0) {
            while (at < doc.length && "<>&\"'=".indexOf(doc[at]) < 0) {
                at++;
            }
            at = Math.min(doc.length, at + random.nextInt(3));
        }
        return at;
    }

    private static byte[] splice(byte[] doc, int at, int remove, byte[] insert) {
        byte[] out = new byte[doc.length - remove + insert.length];
        System.arraycopy(doc, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(doc, at + remove, out, at + insert.length, doc.length - at - remove);
        return out;
    }

    /** The parts the stream reader reads of a shipped sample workbook, and of a hand-made one with rich text and relationships. */
    private static List<byte[]> sampleParts() throws IOException {
        Path sample = SampleInput.xlsxFiles().get(0);
        Set<byte[]> parts = new LinkedHashSet<>();
        parts.addAll(xmlParts(Files.readAllBytes(sample)));
        parts.addAll(xmlParts(new TestPackages.Xlsx()
                .sharedStringRaw("<si><r><t>调解</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 成功 &amp; 回车_x000D_</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ちょうてい</t></rPh></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>内联&#x9;文字</t></is></c>"
                        + "<c r=\"C1\" t=\"str\"><f>A1&amp;\"\"</f><v>甲\r\n乙</v></c></row>")
                .afterSheetData("<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>")
                .build()));
        return List.copyOf(parts);
    }

    private static List<byte[]> xmlParts(byte[] zip) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().startsWith("docProps/")) { // the parts the stream reader reads; docProps have prefixed elements
                    parts.add(in.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static byte[] utf8(String doc) {
        return doc.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBytes(String before, byte[] middle, String after) {
        byte[] head = utf8(before);
        byte[] tail = utf8(after);
        byte[] out = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(middle, 0, out, head.length, middle.length);
        System.arraycopy(tail, 0, out, head.length + middle.length, tail.length);
        return out;
    }

    private static byte[] bytes(int[] unsigned) {
        byte[] out = new byte[unsigned.length];
        for (int i = 0; i < unsigned.length; i++) {
            out[i] = (byte) unsigned[i];
        }
        return out;
    }

    private static String show(byte[] doc) {
        String text = new String(doc, StandardCharsets.UTF_8);
        return text.length() > 400 ? "…" + text.substring(0, 400) + "…" : text;
    }
}
