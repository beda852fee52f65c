package cn.justice.yearbook.common;

import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Parses small package parts with POI's hardened parser (no DTDs, no external entities). Building such a
 * parser costs more than parsing a part, so there is one per thread, set up once and reused as it is (not
 * {@code reset()}: that would drop POI's entity resolver along with its error handler); any error is
 * thrown, where POI's own handler would log a stack trace for damage the caller reports anyway.
 */
public final class HardenedDom {

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        DocumentBuilder builder = XMLHelper.newDocumentBuilder();
        builder.setErrorHandler(THROWING);
        return builder;
    });

    private HardenedDom() {
    }

    public static Document parse(byte[] xml) throws IOException, SAXException {
        return BUILDERS.get().parse(new InputSource(new ByteArrayInputStream(xml)));
    }
}
