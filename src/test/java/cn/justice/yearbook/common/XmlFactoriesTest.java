package cn.justice.yearbook.common;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class XmlFactoriesTest {

    /** What the JDK's lookup picks without the properties: the first service on the class path, else its own default. */
    private static <T> String lookedUp(Class<T> factory, Supplier<? extends T> jdkDefault) {
        return ServiceLoader.load(factory).findFirst().<Object>map(found -> found).orElseGet(jdkDefault::get)
                .getClass().getName();
    }

    @Test
    void pinsWhatTheClassPathLookupWouldFind() {
        Map<String, String> expected = Map.of(
                SAXParserFactory.class.getName(), lookedUp(SAXParserFactory.class, SAXParserFactory::newDefaultInstance),
                DocumentBuilderFactory.class.getName(), lookedUp(DocumentBuilderFactory.class, DocumentBuilderFactory::newDefaultInstance),
                TransformerFactory.class.getName(), lookedUp(TransformerFactory.class, TransformerFactory::newDefaultInstance),
                XMLInputFactory.class.getName(), lookedUp(XMLInputFactory.class, XMLInputFactory::newDefaultFactory),
                XMLOutputFactory.class.getName(), lookedUp(XMLOutputFactory.class, XMLOutputFactory::newDefaultFactory),
                XMLEventFactory.class.getName(), lookedUp(XMLEventFactory.class, XMLEventFactory::newDefaultFactory));

        assertThat(XmlFactories.IMPLEMENTATIONS).isEqualTo(expected);
        assertThat(expected.get(XMLInputFactory.class.getName())).startsWith("com.ctc.wstx");
    }

    @Test
    void thePinnedFactoriesAreTheOnesCreated() {
        XmlFactories.pin();

        assertThat(SAXParserFactory.newInstance().getClass().getName())
                .isEqualTo(XmlFactories.IMPLEMENTATIONS.get(SAXParserFactory.class.getName()));
        assertThat(TransformerFactory.newInstance().getClass().getName())
                .isEqualTo(XmlFactories.IMPLEMENTATIONS.get(TransformerFactory.class.getName()));
        assertThat(XMLInputFactory.newFactory().getClass().getName())
                .isEqualTo(XmlFactories.IMPLEMENTATIONS.get(XMLInputFactory.class.getName()));
    }
}
