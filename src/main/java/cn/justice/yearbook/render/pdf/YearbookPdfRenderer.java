package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.chart.ChartLook;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Yearbook;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Renders the yearbook PDF in one pass. The contents page lists page numbers of what follows it;
 * it leaves a slot for each ({@link ContentsPageNumber}), filled in once every page is laid out.
 */
public final class YearbookPdfRenderer {

    private final YearbookFonts fonts;
    private final int maxColumns;

    /**
     * @param fonts      the embedded faces
     * @param maxColumns most indicator columns per table before a category's table is split
     */
    public YearbookPdfRenderer(YearbookFonts fonts, int maxColumns) {
        this.fonts = fonts;
        this.maxColumns = maxColumns;
    }

    /** Writes the PDF to the target atomically: a crash leaves the previous file, never half a file. */
    public void render(Yearbook yearbook, Path target) throws IOException {
        byte[] pdf = render(yearbook);
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /** The PDF, in the wording of the yearbook's level (a county's or the prefecture's roll-up). */
    public byte[] render(Yearbook yearbook) {
        return YearbookText.as(yearbook.edition().level(), () -> write(YearbookPlan.of(yearbook, maxColumns)));
    }

    private byte[] write(YearbookPlan plan) {
        Edition edition = plan.yearbook().edition();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
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
        Composition page = new Composition(document, writer, type, anchors, heads, plan);
        ContentsPages contents = writeAll(page);
        contents.printPageNumbers(new Pagination(anchors.pages(), heads.bodyStart()));
        writer.setPageLabels(pageLabels(heads.bodyStart()));
        document.close();
        return out.toByteArray();
    }

    private ContentsPages writeAll(Composition page) {
        new CoverPage(page).write();
        page.newPage();
        new EditorialNotes(page).write();
        page.newPage();
        ContentsPages contents = new ContentsPages(page);
        contents.write();
        ChartWriter charts = new ChartWriter(page,
                new YearbookCharts(new ChartLook(fonts.chartFont()), page.plan().yearbook().townships()),
                new EmbeddedFontMapper(fonts));
        for (ChapterPlan chapter : page.plan().chapters()) {
            page.newPage();
            if (chapter == page.plan().chapters().get(0)) {
                page.heads().startBody(page.writer().getPageNumber());
            }
            new ChapterWriter(page, charts).write(chapter);
        }
        page.newPage();
        new DefinitionsAppendix(page).write();
        page.newPage();
        new QualityAppendix(page).write();
        return contents;
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
