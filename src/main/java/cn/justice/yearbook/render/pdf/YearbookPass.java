package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.chart.ChartLook;
import cn.justice.yearbook.render.model.Edition;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;

/** One rendering pass over the whole yearbook; it reports where every anchor landed. */
final class YearbookPass {

    private final YearbookPlan plan;
    private final YearbookFonts fonts;

    YearbookPass(YearbookPlan plan, YearbookFonts fonts) {
        this.plan = plan;
        this.fonts = fonts;
    }

    Pagination render(Pagination previous, OutputStream out) {
        Edition edition = plan.yearbook().edition();
        Document document = new Document(PageSize.A4, 62, 62, 80, 66);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        describe(document, edition);
        Typesetter type = new Typesetter(fonts);
        Anchors anchors = new Anchors();
        RunningHeads heads = new RunningHeads(type, edition.title());
        writer.setPageEvent(anchors);
        writer.setPageEvent(heads);
        document.open();
        Composition page = new Composition(document, writer, type, anchors, heads, plan, previous);
        writeAll(page);
        writer.setPageLabels(pageLabels(heads.bodyStart()));
        int pages = writer.getPageNumber();
        document.close();
        return new Pagination(anchors.pages(), heads.bodyStart(), pages);
    }

    private void writeAll(Composition page) {
        new CoverPage(page).write();
        page.newPage();
        new EditorialNotes(page).write();
        page.newPage();
        new ContentsPages(page).write();
        ChartWriter charts = new ChartWriter(page,
                new YearbookCharts(new ChartLook(fonts.chartFont()), plan.yearbook().townships()),
                new EmbeddedFontMapper(fonts));
        for (ChapterPlan chapter : plan.chapters()) {
            page.newPage();
            if (chapter == plan.chapters().get(0)) {
                page.heads().startBody(page.writer().getPageNumber());
            }
            new ChapterWriter(page, charts).write(chapter);
        }
        page.newPage();
        new DefinitionsAppendix(page).write();
        page.newPage();
        new QualityAppendix(page).write();
    }

    private static void describe(Document document, Edition edition) {
        document.addTitle(edition.title());
        document.addAuthor(edition.bureau());
        document.addSubject(YearbookText.get("yearbook.subject"));
        document.addKeywords(YearbookText.get("yearbook.keywords", edition.county(), Integer.toString(edition.year())));
        document.addCreator("county-yearbook");
        document.addCreationDate();
    }

    private static PdfPageLabels pageLabels(int bodyStart) {
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.EMPTY, YearbookText.get("front.cover"));
        labels.addPageLabel(Pagination.FRONT_START, PdfPageLabels.UPPERCASE_ROMAN_NUMERALS);
        labels.addPageLabel(bodyStart, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
        return labels;
    }
}
