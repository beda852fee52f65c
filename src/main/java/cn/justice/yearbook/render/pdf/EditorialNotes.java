package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.SubmissionQuality;
import cn.justice.yearbook.render.model.Yearbook;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** 编辑说明: scope, sources, coverage, how county figures are computed, symbols and units. */
final class EditorialNotes {

    private final Composition page;

    EditorialNotes(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(chapterHeading(page, YearbookPlan.NOTES));
        List<String> items = items(page.plan().yearbook());
        for (int i = 0; i < items.size(); i++) {
            Paragraph paragraph = page.type().paragraph(YearbookText.chineseNumber(i + 1) + "、" + items.get(i),
                    TextStyle.BODY);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(TextStyle.BODY.size() * 2);
            paragraph.setLeading(TextStyle.BODY.size() * 1.8f);
            paragraph.setSpacingAfter(4);
            page.add(paragraph);
        }
        Paragraph signature = page.type().paragraph(page.plan().yearbook().edition().bureau(), TextStyle.BODY);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(24);
        page.add(signature);
    }

    static List<String> items(Yearbook yearbook) {
        Edition edition = yearbook.edition();
        List<String> categories = yearbook.categories().stream().map(CategoryFigures::category).toList();
        List<String> items = new ArrayList<>();
        items.add(YearbookText.get("notes.1", edition.county(), Integer.toString(edition.year()),
                categories.size(), String.join("、", categories)));
        items.add(YearbookText.get("notes.2", Integer.toString(edition.year()), edition.bureau()));
        List<String> missing = yearbook.missingTownships();
        String scope = missing.isEmpty()
                ? YearbookText.get("notes.3.complete", yearbook.townships().size())
                : YearbookText.get("notes.3.partial", yearbook.townships().size(),
                yearbook.reportingTownships().size(), String.join("、", missing));
        if (edition.level() == Edition.Level.PREFECTURE) {
            List<SubmissionQuality> townships = yearbook.rolledUpTownships();
            scope += YearbookText.get("notes.3.townships", townships.size(),
                    townships.stream().filter(t -> t.status().counted()).count());
        }
        items.add(scope);
        for (int i = 4; i <= 8; i++) {
            String item = YearbookText.get("notes." + i);
            if ((i == 4 || i == 5) && edition.level() == Edition.Level.PREFECTURE) {
                item += YearbookText.get("notes." + i + ".townships");
            }
            items.add(item);
        }
        return items;
    }

    /** A chapter-level heading centred at the top of a page, with room below. */
    static Paragraph chapterHeading(Composition page, String anchor) {
        Paragraph heading = page.heading(anchor, TextStyle.CHAPTER, Element.ALIGN_CENTER);
        heading.setSpacingAfter(16);
        return heading;
    }
}
