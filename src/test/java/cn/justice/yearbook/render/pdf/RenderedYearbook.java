package cn.justice.yearbook.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** A rendered yearbook read back with PDFBox: each page's text and printed page label. */
public final class RenderedYearbook implements AutoCloseable {

    public final PDDocument document;
    public final List<String> pages = new ArrayList<>();
    final String[] labels;

    public RenderedYearbook(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
            labels = pageLabels == null ? new String[0] : pageLabels.getLabelsByPageIndices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based index of the page whose printed label is the given one. */
    OptionalInt pageLabelled(String label) {
        return IntStream.range(0, labels.length).filter(i -> labels[i].equals(label)).findFirst();
    }

    /** The 0-based index of the first page that holds the text, ignoring the contents pages. */
    public OptionalInt firstPageWith(String text, int from) {
        return IntStream.range(from, pages.size()).filter(i -> normalized(pages.get(i)).contains(normalized(text)))
                .findFirst();
    }

    /** Prose with the line breaks of the page taken out, as Chinese text joins across lines. */
    static String flowing(String text) {
        return normalized(text).replaceAll(" ?\\R ?", "");
    }

    public static String normalized(String text) {
        return text.replace('\u3000', ' ').replaceAll("[ \\t]+", " ");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
