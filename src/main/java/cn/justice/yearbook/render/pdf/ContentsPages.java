package cn.justice.yearbook.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 目录: every chapter, table and chart with a link to it and its printed page number. The numbers
 * are printed once the whole yearbook is laid out ({@link #printPageNumbers}).
 */
final class ContentsPages {

    private final Composition page;
    private final Map<String, ContentsPageNumber> numbers = new LinkedHashMap<>();

    ContentsPages(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(EditorialNotes.chapterHeading(page, YearbookPlan.CONTENTS));
        for (ContentsEntry entry : page.plan().listed()) {
            boolean chapter = entry.level() == 1;
            TextStyle style = chapter ? TextStyle.CONTENTS_CHAPTER : TextStyle.CONTENTS_ENTRY;
            ContentsPageNumber number = new ContentsPageNumber(page, style);
            numbers.put(entry.id(), number);
            Paragraph line = page.type().paragraph(style);
            line.setLeading(style.leading() * 1.1f);
            line.add(page.type().phrase(entry.title(), style));
            line.add(number.leader());
            line.add(number.number());
            for (Object chunk : line.getChunks()) {
                ((Chunk) chunk).setLocalGoto(entry.id());
            }
            line.setIndentationLeft(chapter ? 0 : style.size() * 2);
            line.setSpacingBefore(chapter ? 6 : 0);
            line.setAlignment(Element.ALIGN_LEFT);
            page.add(line);
        }
    }

    /** Prints each entry's page number, now that every heading has been placed. */
    void printPageNumbers(Pagination pagination) {
        numbers.forEach((anchor, number) -> number.print(pagination.labelOf(anchor)));
    }
}
