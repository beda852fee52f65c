package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.HardenedDom;
import cn.justice.yearbook.ingest.ManifestXml.ManifestElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A package's manifest parts read through StAX give what the hardened DOM parser gave, element for element,
 * and whatever the DOM parser refused it still refuses, with the same message.
 */
class ManifestXmlTest {

    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    @ParameterizedTest
    @ValueSource(strings = {
            RELS,
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
            "<a x=\"1 &amp; 2 &lt;3&gt; &quot;&apos;\" y='single'>text &amp; more<b/>  <c z=\"\"></c></a>",
            "<a x=\"tab\there\" y=\"line\nbreak\r\nand\rreturn\">\n\t</a>",
            "<?xml version=\"1.0\"?><a><b>nested<c>deeper</c></b></a>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><a xmlns=\"urn:one\"><b xmlns=\"\"/><c xmlns=\"urn:two\"/></a>",
            "<?xml version=\"1.1\"?><a x=\"1\"/>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a x=\"1\"/>",
            "<a xmlns:p=\"urn:p\" p:x=\"1\" x=\"2\"><!-- comment --><![CDATA[ data ]]><?pi here?></a>",
            "<a x=\"\u6C5F\u5357\">\uFEFF</a>",
    })
    void readsOrdinaryPartsAsTheDomParserDoes(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

        List<ManifestElement> read = ManifestXml.elements(bytes);

        assertThat(read).isEqualTo(ManifestXml.elements(HardenedDom.parse(bytes)));
        assertThat(read).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE a [<!ENTITY e \"x\">]><a x=\"&e;\"/>",
            "<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\"><a/>",
            "<a x=\"&e;\"/>",
            "<a>&e;</a>",
            "<a>fish & chips</a>",
            "<a x=\"fish & chips\"/>",
            "<a>]]></a>",
            "<a x=\"1\" x=\"2\"/>",
            "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>",
            "<p:a/>",
            "<a><b></a></b>",
            "<a/><b/>",
            "<a/>trailing",
            "<a>\u0001</a>",
            "<a x=\"&#1;\"/>",
            "<a>&#xD800;</a>",
            "<a><!-- a -- b --></a>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>",
            "<?XML version=\"1.0\"?><a/>",
            "<a><?xml version=\"1.0\"?></a>",
            "<a x=\"1\"",
            "",
    })
    void refusesWhatTheDomParserRefusedWithItsMessage(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Throwable dom = org.assertj.core.api.Assertions.catchThrowable(() -> HardenedDom.parse(bytes));
        assertThat(dom).as("the DOM parser refuses it").isNotNull();

        assertThatThrownBy(() -> ManifestXml.elements(bytes)).isInstanceOf(dom.getClass()).hasMessage(dom.getMessage());
    }

    @Test
    void leavesLongNamesToTheDomParserAndItsNameLimit() throws Exception {
        String name = "a".repeat(2_000);
        byte[] bytes = ("<" + name + "/>").getBytes(StandardCharsets.UTF_8);
        Throwable dom = org.assertj.core.api.Assertions.catchThrowable(() -> HardenedDom.parse(bytes));

        if (dom == null) {
            assertThat(ManifestXml.elements(bytes)).isEqualTo(ManifestXml.elements(HardenedDom.parse(bytes)));
        } else {
            assertThatThrownBy(() -> ManifestXml.elements(bytes)).isInstanceOf(dom.getClass()).hasMessage(dom.getMessage());
        }
    }

    @Test
    void readsTheManifestsExcelWritesWithoutTheDomParser() throws Exception {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
        for (String xml : new String[]{RELS, types}) {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertThat(ManifestXml.ordinaryElements(bytes)).isNotNull().isEqualTo(ManifestXml.elements(HardenedDom.parse(bytes)));
        }
        assertThat(ManifestXml.ordinaryElements(types.replace("Types xmlns", "Types xmlns:t=\"urn:t\" xmlns")
                .getBytes(StandardCharsets.UTF_8))).as("a prefix declared").isNull();
        assertThat(ManifestXml.ordinaryElements("<a r:id=\"1\" xmlns:r=\"urn:r\"/>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ManifestXml.ordinaryElements("<a x=\"1\" x=\"2\"/>".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
