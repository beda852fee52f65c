package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headings that the contents and the bookmarks point at. A heading carries a generic tag; when
 * OpenPDF places it, this listener notes the page it really landed on and adds the bookmark there.
 */
final class Anchors extends PdfPageEventHelper {

    private final Map<String, ContentsEntry> entries = new HashMap<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final Map<Integer, PdfOutline> openOutlines = new HashMap<>();

    /** Tags the chunk so that placing it records the entry's page and adds its bookmark. */
    Chunk tag(Chunk chunk, ContentsEntry entry) {
        entries.put(entry.id(), entry);
        chunk.setGenericTag(entry.id());
        chunk.setLocalDestination(entry.id());
        return chunk;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        ContentsEntry entry = entries.get(tag);
        if (entry == null || pages.containsKey(tag)) {
            return;
        }
        pages.put(tag, writer.getPageNumber());
        PdfOutline parent = entry.level() == 1 ? writer.getRootOutline()
                : openOutlines.getOrDefault(entry.level() - 1, writer.getRootOutline());
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 12, 0);
        openOutlines.put(entry.level(), new PdfOutline(parent, destination, entry.title(), false));
    }

    Map<String, Integer> pages() {
        return pages;
    }
}
