package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import cn.justice.yearbook.render.SampleYearbook;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.NumberStyle;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class YearbookPdfRendererTest {

    private static final Pattern CONTENTS_LINE = Pattern.compile("^(.+?)\\s+([0-9]+|[IVX]+)\\s*$");

    private static Yearbook yearbook;
    private static YearbookPdfRenderer renderer;
    private static RenderedYearbook pdf;

    @BeforeAll
    static void render() {
        yearbook = new SampleYearbook().yearbook();
        renderer = new YearbookPdfRenderer(YearbookFonts.load(RenderProperties.Fonts.defaults()),
                RenderProperties.defaults().maxColumns());
        pdf = new RenderedYearbook(renderer.render(yearbook));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void printsTheCountyTotalsOfTheModelInEachCategoryTable() {
        var mediation = yearbook.categories().stream().filter(c -> c.category().equals("矛盾纠纷化解")).findFirst().orElseThrow();
        String totals = mediation.indicators().stream().map(i -> printed(i.county(), i)).collect(Collectors.joining(" "));
        int page = pdf.firstPageWith("表6-1", 4).orElseThrow();

        assertThat(RenderedYearbook.normalized(pdf.pages.get(page))).contains("全 县 " + totals);
        assertThat(totals).contains("1,320", "96.2");
    }

    @Test
    void marksApproximateValuesAndRatesWithoutCounts() {
        String mediation = RenderedYearbook.normalized(pdf.pages.get(pdf.firstPageWith("表6-1", 4).orElseThrow()));
        String publicity = RenderedYearbook.normalized(pdf.pages.get(pdf.firstPageWith("表4-1", 4).orElseThrow()));

        assertThat(mediation).contains(SampleYearbook.RATE_ONLY + " ").contains("96.0#").contains("标“#”的比率");
        assertThat(publicity).contains("2,000*").contains("标“*”的数字为约数");
        assertThat(mediation).contains("清水乡 … … …");
    }

    @Test
    void editorialNotesStateCoverageAndWhoIsMissing() {
        String notes = RenderedYearbook.flowing(pdf.pages.get(pdf.firstPageWith("编辑说明", 1).orElseThrow()));

        assertThat(notes).contains("全县共有14个乡镇（街道），本年12个乡镇（街道）的数据纳入汇总")
                .contains("清水乡、凤鸣乡未报送").contains("分子合计÷分母合计×100");
    }

    @Test
    void contentsPageNumbersPointAtThePagesWhereEachEntryStarts() throws IOException {
        int body = pdf.pageLabelled("1").orElseThrow();
        List<String[]> entries = contentsLines(pdf);

        assertThat(entries).hasSizeGreaterThan(40);
        for (String[] entry : entries) {
            int page = pdf.pageLabelled(entry[1]).orElseThrow();
            assertThat(withoutSpaces(pdf.pages.get(page))).as("%s listed on page %s", entry[0], entry[1])
                    .contains(entry[0]).contains("—" + entry[1] + "—");
            assertThat(IntStream.range(body, page).mapToObj(pdf.pages::get).map(YearbookPdfRendererTest::withoutSpaces))
                    .as("%s is on no earlier page", entry[0]).noneMatch(text -> text.contains(entry[0]));
        }
    }

    @Test
    void contentsPrintsThePageLabelOfEachHeadingInACountyYearbook() throws IOException {
        assertContentsPrintsThePageLabelOfEachHeading(yearbook, pdf);
    }

    @Test
    void contentsPrintsThePageLabelOfEachHeadingInAPrefectureRollUp() throws IOException {
        Edition county = yearbook.edition();
        Yearbook rollUp = new Yearbook(new Edition("示例市", "示例市司法局", county.year(), county.compiledOn(),
                Edition.Level.PREFECTURE), yearbook.townships(), yearbook.categories(), yearbook.quality());
        try (RenderedYearbook rendered = new RenderedYearbook(renderer.render(rollUp))) {
            assertContentsPrintsThePageLabelOfEachHeading(rollUp, rendered);
        }
    }

    @Test
    void eachContentsLineFromTitleToPageNumberLinksToThePageItNumbers() throws IOException {
        List<String[]> lines = contentsLines(pdf);
        List<List<PDAnnotationLink>> links = new ArrayList<>();
        List<Float> textEnds = new ArrayList<>();
        for (int page : contentsPages(pdf)) {
            Map<Float, List<PDAnnotationLink>> byLine = new TreeMap<>(Comparator.reverseOrder());
            for (PDAnnotation annotation : pdf.document.getPage(page).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    byLine.computeIfAbsent(link.getRectangle().getLowerLeftY(), y -> new ArrayList<>()).add(link);
                }
            }
            links.addAll(byLine.values());
            Map<Float, Float> lineEnds = pdf.lineEnds(page);
            byLine.keySet().forEach(baseline -> textEnds.add(lineEnds.get(baseline)));
        }

        assertThat(links).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            for (PDAnnotationLink link : links.get(i)) {
                PDPageDestination target = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                assertThat(pdf.labels[pdf.document.getPages().indexOf(target.getPage())]).as(line[0]).isEqualTo(line[1]);
            }
            float textEnd = textEnds.get(i);
            assertThat(links.get(i).stream().map(link -> link.getRectangle().getUpperRightX()).max(Float::compare))
                    .as("%s: the link reaches over the page number", line[0])
                    .hasValueSatisfying(right -> assertThat(right).isGreaterThan(textEnd - 0.01f));
        }
    }

    @Test
    void bookmarksLeadToTheirHeadings() throws IOException {
        List<String> chapters = new ArrayList<>();
        for (PDOutlineItem item : pdf.document.getDocumentCatalog().getDocumentOutline().children()) {
            chapters.add(item.getTitle());
            assertLeadsToHeading(item);
            for (PDOutlineItem child : item.children()) {
                assertLeadsToHeading(child);
            }
        }

        assertThat(chapters).startsWith(yearbook.edition().title(), "编辑说明", "目录", "一、综合", "二、组织领导")
                .endsWith("十二、社区矫正/特殊人群", "附录一　主要统计指标解释", "附录二　数据质量说明");
    }

    @Test
    void embedsEveryFontAsASubsetWithAUnicodeMap() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.document.getPages()) {
            collectFonts(page.getResources(), fonts);
        }

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
            assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).as(font.getName()).isTrue();
        });
        assertThat(fonts.stream().map(PDFont::getName).map(n -> n.substring(7)).distinct())
                .containsExactlyInAnyOrder("WenQuanYiMicroHei", "BousungEG-Light-GB");
    }

    @Test
    void drawsChartsAsVectorsWithChineseLabels() throws IOException {
        int page = pdf.firstPageWith("2025年各乡镇（街道）调解成功率", 4).orElseThrow();
        List<PDXObject> objects = new ArrayList<>();
        for (PDPage each : pdf.document.getPages()) {
            collectXObjects(each.getResources(), objects);
        }

        assertThat(objects).isNotEmpty().noneMatch(o -> o instanceof PDImageXObject);
        assertThat(RenderedYearbook.normalized(pdf.pages.get(page))).contains("桃源乡", "全县 96.2%", "浅色条");
    }

    @Test
    void rendersAChartPageThatIsNotBlank() throws IOException {
        int page = pdf.firstPageWith("2025年各乡镇（街道）人民调解受理矛盾纠纷件数", 4).orElseThrow();
        BufferedImage image = new PDFRenderer(pdf.document).renderImageWithDPI(page, 40);

        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 128 ? 1 : 0;
            }
        }
        assertThat(dark).as("dark pixels of bars and text").isGreaterThan(image.getWidth() * image.getHeight() / 50L);
    }

    @Test
    void aTableGoingOnOverALeafSaysSoAtTheTopOfEachLaterPage() {
        String caption = "表1-2 全县各项统计指标（2025年与2024年对比）";
        List<String> pages = IntStream.range(pdf.pageLabelled("1").orElseThrow(), pdf.pages.size())
                .mapToObj(i -> RenderedYearbook.normalized(pdf.pages.get(i))).filter(p -> p.contains(caption)).toList();

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).doesNotContain(caption + "（续）");
        assertThat(pages.subList(1, pages.size())).allMatch(p -> p.contains(caption + "（续）"));
        assertThat(RenderedYearbook.normalized(String.join("", pdf.pages.subList(0, pdf.pageLabelled("1").orElseThrow()))))
                .as("the contents").doesNotContain("（续）");
    }

    @Test
    void neverLeavesAGroupHeadingAtTheFootOfAPage() throws IOException {
        List<String> groups = yearbook.categories().stream().map(c -> c.category()).toList();
        int checked = 0;
        for (int page = 0; page < pdf.pages.size(); page++) {
            List<String> lines = pdf.inReadingOrder(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String last = lines.size() < 2 ? "" : lines.get(lines.size() - 2); // the line above the page number
            assertThat(groups).as("page %d ends with 「%s」", page + 1, last).doesNotContain(last);
            checked += lines.stream().anyMatch(groups::contains) ? 1 : 0;
        }
        assertThat(checked).as("pages with group headings (表1-2 over three)").isGreaterThanOrEqualTo(2);
    }

    @Test
    void describesItselfInChinese() {
        var info = pdf.document.getDocumentInformation();

        assertThat(info.getTitle()).isEqualTo("云溪县2025年法治政府建设统计年鉴");
        assertThat(info.getAuthor()).isEqualTo("云溪县司法局");
        assertThat(info.getSubject()).isEqualTo("法治政府建设统计年鉴");
        assertThat(pdf.document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void writesTheFileWithoutLeavingPartsBehind(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("yearbook.pdf");
        Files.writeString(target, "previous edition");

        renderer.render(yearbook, target);

        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** The contents list every entry of the plan, each with the printed number of the page its bookmark leads to. */
    private static void assertContentsPrintsThePageLabelOfEachHeading(Yearbook book, RenderedYearbook rendered)
            throws IOException {
        List<ContentsEntry> listed = YearbookText.as(book.edition().level(),
                () -> YearbookPlan.of(book, RenderProperties.defaults().maxColumns()).listed());
        Map<String, String> headingLabels = rendered.bookmarkedLabels();
        List<String[]> lines = contentsLines(rendered);

        assertThat(lines).hasSameSizeAs(listed);
        for (int i = 0; i < listed.size(); i++) {
            ContentsEntry entry = listed.get(i);
            assertThat(lines.get(i)[0]).isEqualTo(withoutSpaces(Typesetter.fullWidthBrackets(entry.title())));
            assertThat(lines.get(i)[1]).as("printed page of %s", entry.title())
                    .isEqualTo(headingLabels.get(entry.title()));
        }
    }

    /** Each contents line, as title (without spaces) and page number, read as pdftotext reads them. */
    private static List<String[]> contentsLines(RenderedYearbook rendered) throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (int page : contentsPages(rendered)) {
            for (String line : rendered.inReadingOrder(page).split("\\R")) {
                Matcher matcher = CONTENTS_LINE.matcher(line.strip());
                if (matcher.matches()) {
                    entries.add(new String[]{withoutSpaces(matcher.group(1)), matcher.group(2)});
                }
            }
        }
        return entries;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }

    private static List<Integer> contentsPages(RenderedYearbook rendered) {
        int contents = rendered.firstPageWith("目录", 1).orElseThrow();
        int body = rendered.pageLabelled("1").orElseThrow();
        return IntStream.range(contents, body).boxed().toList();
    }

    private static String printed(Figure figure, IndicatorFigures indicator) {
        return FigureFormat.print(figure, NumberStyle.of(indicator.indicator())).text();
    }

    private static void assertLeadsToHeading(PDOutlineItem item) throws IOException {
        PDPage target = item.findDestinationPage(pdf.document);
        int index = pdf.document.getPages().indexOf(target);
        if (item.getTitle().equals(yearbook.edition().title())) {
            assertThat(index).as("the cover").isZero();
            return;
        }
        assertThat(RenderedYearbook.normalized(pdf.pages.get(index))).as(item.getTitle())
                .contains(RenderedYearbook.normalized(Typesetter.fullWidthBrackets(item.getTitle())));
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static void collectXObjects(PDResources resources, List<PDXObject> objects) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            objects.add(object);
            if (object instanceof PDFormXObject form) {
                collectXObjects(form.getResources(), objects);
            }
        }
    }
}
