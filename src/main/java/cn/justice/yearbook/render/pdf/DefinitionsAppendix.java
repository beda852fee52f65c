package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

/** 附录一 主要统计指标解释: every indicator's definition, unit and formula, by category, from the catalogue. */
final class DefinitionsAppendix {

    private final Composition page;

    DefinitionsAppendix(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(EditorialNotes.chapterHeading(page, YearbookPlan.DEFINITIONS));
        Yearbook yearbook = page.plan().yearbook();
        int number = 0;
        for (CategoryFigures category : yearbook.categories()) {
            number++;
            Paragraph section = page.type().paragraph("（" + YearbookText.chineseNumber(number) + "）"
                    + category.category(), TextStyle.SECTION);
            section.setSpacingBefore(8);
            section.setSpacingAfter(4);
            page.add(section);
            for (IndicatorFigures figures : category.indicators()) {
                page.add(definition(yearbook, figures.indicator()));
            }
        }
    }

    private Paragraph definition(Yearbook yearbook, Indicator indicator) {
        Paragraph paragraph = page.type().paragraph(TextStyle.BODY);
        paragraph.setLeading(TextStyle.BODY.size() * 1.7f);
        String name = indicator.name() + (indicator.key() ? YearbookText.get("definitions.key") : "");
        paragraph.add(page.type().phrase(name + "　", TextStyle.CAPTION));
        paragraph.add(page.type().phrase(indicator.definition() + "。" + YearbookText.get("definitions.unit",
                indicator.unit()) + formula(yearbook, indicator), TextStyle.BODY));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(TextStyle.BODY.size() * 2);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static String formula(Yearbook yearbook, Indicator indicator) {
        if (indicator.isRatio()) {
            return YearbookText.get("definitions.formula.rate", yearbook.indicatorName(indicator.numeratorCode()),
                    yearbook.indicatorName(indicator.denominatorCode()));
        }
        return indicator.isAdditive() ? YearbookText.get("definitions.formula.count") : "";
    }
}
