package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * 目录: every chapter, table and chart with its printed page number, taken from the previous pass,
 * and a link to it. Numbers not yet known print as a placeholder of the same width.
 */
final class ContentsPages {

    private final Composition page;

    ContentsPages(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(EditorialNotes.chapterHeading(page, YearbookPlan.CONTENTS));
        for (ContentsEntry entry : page.plan().listed()) {
            boolean chapter = entry.level() == 1;
            TextStyle style = chapter ? TextStyle.CONTENTS_CHAPTER : TextStyle.CONTENTS_ENTRY;
            Paragraph line = page.type().paragraph(style);
            line.setLeading(style.leading() * 1.1f);
            line.add(page.type().phrase(entry.title(), style));
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(2.5f);
            Chunk leader = new Chunk(dots);
            leader.setFont(page.type().font(style));
            line.add(leader);
            line.add(page.type().phrase(page.previous().labelOf(entry.id()), style));
            for (Object chunk : line.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.id());
            }
            line.setIndentationLeft(chapter ? 0 : style.size() * 2);
            line.setSpacingBefore(chapter ? 6 : 0);
            line.setAlignment(Element.ALIGN_LEFT);
            page.add(line);
        }
    }
}
