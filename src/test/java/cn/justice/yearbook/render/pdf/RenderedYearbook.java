package cn.justice.yearbook.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The printed label of each page a bookmark leads to, by the bookmark's title. */
    Map<String, String> bookmarkedLabels() throws IOException {
        Map<String, String> labelled = new HashMap<>();
        Deque<PDOutlineItem> items = new ArrayDeque<>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        while (!items.isEmpty()) {
            PDOutlineItem item = items.pop();
            labelled.put(item.getTitle(), labels[document.getPages().indexOf(item.findDestinationPage(document))]);
            item.children().forEach(items::add);
        }
        return labelled;
    }

    /**
     * A page's text in reading order, as pdftotext gives it: sorted by position rather than in the order
     * the content stream draws it (the contents' page numbers are drawn from templates, ahead of the text).
     */
    String inReadingOrder(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    /** Where the text of each line of a page ends (x, points), by the line's baseline (y, points from the foot). */
    Map<Float, Float> lineEnds(int page) throws IOException {
        float height = document.getPage(page).getMediaBox().getHeight();
        Map<Float, Float> ends = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    ends.merge(Math.round((height - position.getYDirAdj()) * 100) / 100f,
                            position.getXDirAdj() + position.getWidthDirAdj(), Math::max);
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        return ends;
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

    /** How many times a word occurs in a text, occurrences not overlapping. */
    public static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    public static String normalized(String text) {
        return text.replace('\u3000', ' ').replaceAll("[ \\t]+", " ");
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
