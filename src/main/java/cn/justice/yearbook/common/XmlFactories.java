package cn.justice.yearbook.common;

import java.util.Map;

/**
 * Names the XML parser, transformer and StAX implementations once, as system properties. Without them
 * every {@code SAXParserFactory.newInstance()} (and its kin) walks the whole class path for a service
 * file; POI and XMLBeans ask for a new factory for every part they parse or save, and inside the packaged
 * jar each walk opens nested jar entries: a tenth of the feedback step when POI made every marked copy.
 * The names are those the walk finds on this project's class path (the JDK's own, and Woodstox for StAX);
 * a test checks that they still are. A property already set on the command line is left alone.
 */
public final class XmlFactories {

    static final Map<String, String> IMPLEMENTATIONS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory",
            "javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory",
            "javax.xml.stream.XMLEventFactory", "com.ctc.wstx.stax.WstxEventFactory");

    private XmlFactories() {
    }

    public static void pin() {
        IMPLEMENTATIONS.forEach((factory, implementation) -> {
            if (System.getProperty(factory) == null) {
                System.setProperty(factory, implementation);
            }
        });
    }
}
