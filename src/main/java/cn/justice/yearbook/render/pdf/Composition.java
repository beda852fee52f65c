package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What the parts of the yearbook need while they are set: the document and writer, the typesetter,
 * the anchors for contents and bookmarks, and the running heads.
 */
record Composition(Document document, PdfWriter writer, Typesetter type, Anchors anchors, RunningHeads heads,
                   YearbookPlan plan) {

    float textWidth() {
        return document.right() - document.left();
    }

    float textHeight() {
        return document.top() - document.bottom();
    }

    void add(Element element) {
        document.add(element);
    }

    void newPage() {
        document.newPage();
    }

    /** A heading that the contents and bookmarks point at. */
    Paragraph heading(String anchor, TextStyle style, int alignment) {
        ContentsEntry entry = plan.entry(anchor);
        Paragraph paragraph = type.paragraph(style);
        paragraph.add(anchored(entry.title(), anchor, style));
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Text whose placement marks where the anchor's page is; plain text when nothing points at it. */
    Phrase anchored(String text, String anchor, TextStyle style) {
        Phrase phrase = type.phrase(text, style);
        if (plan.entries().containsKey(anchor) && !phrase.getChunks().isEmpty()) {
            anchors.tag((Chunk) phrase.getChunks().get(0), plan.entry(anchor));
        }
        return phrase;
    }

    void space(float points) {
        Paragraph gap = type.paragraph(TextStyle.NOTE);
        gap.setLeading(points);
        gap.add(type.phrase(" ", TextStyle.NOTE));
        document.add(gap);
    }
}
