package cn.justice.yearbook.job;

import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job from township workbooks to the yearbook, over a dataset whose totals are worked out
 * by hand below: county sums, a county rate as the ratio of sums, a rate given without counts, an
 * approximate value, a value left out for an error, ranks, shares and the change against last year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearbookJobTest {

    // 人民调解受理 / 调解成功 per township in 2025; 白石镇 gives only the rate, 青山镇 sends no file.
    private static final Map<String, int[]> MEDIATION_2025 = Map.of(
            "城东街道", new int[]{40, 34},
            "城西街道", new int[]{60, 57},
            "渠南街道", new int[]{100, 90});
    // Σ cases = 200, Σ successes = 181: county rate 90.5%, where the mean of the three rates would be 90.0%.
    // 2024: the same three townships reported 40 cases each, so 120; the change is +80, +66.7%.

    private Pipeline pipeline;
    private Pipeline.Result result;
    private RunReport report;
    private RenderedYearbook pdf;

    @BeforeAll
    void runTheJobOverTwoYears(@TempDir Path temp) throws IOException {
        pipeline = new Pipeline(temp);
        for (String township : MEDIATION_2025.keySet()) {
            CompleteReport.values().workbook(township, 2024).writeTo(pipeline.input("2024/" + township + ".xlsx"));
        }
        MEDIATION_2025.forEach((township, counts) -> {
            CompleteReport values = CompleteReport.values()
                    .with("MED_CASES", counts[0]).with("MED_SUCCESS", counts[1])
                    .with("MED_SUCCESS_RATE", String.format("%.1f%%", 100.0 * counts[1] / counts[0]));
            if (township.equals("城东街道")) {
                values.with("PUB_MATERIALS", "3000余");
            }
            if (township.equals("城西街道")) {
                values.with("PLS_CONSULTS", -5); // an error: left out of the county total
            }
            values.workbook(township, 2025).writeTo(pipeline.input("2025/" + township + ".xlsx"));
        });
        CompleteReport.values().without("MED_CASES").without("MED_SUCCESS").with("MED_SUCCESS_RATE", "97%")
                .workbook("白石镇", 2025).writeTo(pipeline.input("2025/白石镇.xlsx"));

        result = pipeline.run();
        report = pipeline.latestReport();
        pdf = new RenderedYearbook(Files.readAllBytes(pipeline.output().resolve(report.yearbook().pdf())));
    }

    @Test
    void publishesTheYearbookOfTheLatestYearAndSaysWhere() {
        assertThat(result.exitCode()).isZero();
        assertThat(report.yearbook().year()).isEqualTo(2025);
        assertThat(report.yearbook().level()).isEqualTo(Edition.Level.COUNTY);
        assertThat(report.yearbook().unitsCounted()).isEqualTo(4);
        assertThat(result.out()).contains("统计年鉴（2025年，14个乡镇（街道）中4个纳入汇总）");
        assertThat(report.yearbook().pdf()).isEqualTo("yearbook/云溪县2025年法治政府建设统计年鉴.pdf");
        assertThat(result.out()).contains(pipeline.output().resolve(report.yearbook().pdf()).toString());
        assertThat(pipeline.output().resolve(report.yearbook().workbook())).isRegularFile();
    }

    @Test
    void sumsCountsAndComputesTheCountyRateAsARatioOfSums() {
        String countyRow = line(table("表6-1"), "全 县");

        assertThat(tokens(countyRow)).contains("200", "181", "90.5").doesNotContain("90.0");
        assertThat(line(table("表6-1"), "白石镇")).contains("97.0#");
        assertThat(RenderedYearbook.normalized(table("表6-1"))).contains("白石镇只报送了调解成功率");
    }

    @Test
    void marksApproximateSumsAndLeavesOutValuesWithErrors() {
        // 法治宣传资料: 3000余 + 2000 + 2000 + 2000 (白石镇) = 9000, approximate
        assertThat(tokens(line(table("表1-2"), "发放普法宣传资料份数"))).contains("9,000*");
        // 法律咨询: 320 × 3 (城东, 渠南, 白石); 城西's −5 is left out
        assertThat(tokens(line(table("表1-2"), "法律咨询服务人次"))).contains("960");
        assertThat(line(table("表5-1"), "城西街道")).contains("…");
    }

    @Test
    void ranksTownshipsWithShareAndChangeAgainstLastYear() {
        String standings = table("表6-2");

        assertThat(tokens(line(standings, "全 县"))).containsSequence("200", "120", "80", "66.7", "100.0");
        assertThat(tokens(line(standings, "渠南街道"))).containsSequence("100", "40", "60", "150.0", "50.0", "1");
        assertThat(tokens(line(standings, "城西街道"))).containsSequence("60", "40", "20", "50.0", "30.0", "2");
        assertThat(tokens(line(standings, "城东街道"))).containsSequence("40", "40", "0", "0.0", "20.0", "3");
        assertThat(RenderedYearbook.normalized(standings)).contains("全县14个乡镇（街道）中，3个");
    }

    @Test
    void companionWorkbookCarriesTheSameNumbersAsNumbers() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(pipeline.output().resolve(report.yearbook().workbook()).toFile(), null, true)) {
            Sheet sheet = StreamSupport.stream(workbook.spliterator(), false)
                    .filter(s -> s.getRow(0).getCell(0).getStringCellValue().startsWith("表6-2"))
                    .findFirst().orElseThrow();
            Row county = row(sheet, "全　县");
            Row first = row(sheet, "渠南街道");

            assertThat(county.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(county.getCell(1).getNumericCellValue()).isEqualTo(200.0);
            assertThat(county.getCell(2).getNumericCellValue()).isEqualTo(120.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void listsWhoIsMissingAndWhatWasLeftOut() {
        String quality = RenderedYearbook.normalized(String.join("\n", pdf.pages));

        assertThat(quality).contains("青山镇").contains("未报送");
        assertThat(RenderedYearbook.normalized(pdf.pages.get(pdf.firstPageWith("编辑说明", 1).orElseThrow())))
                .contains("本年4个乡镇（街道）的数据纳入汇总");
    }

    @Test
    void rendersChartPagesThatAreNotBlank() throws IOException {
        int page = pdf.firstPageWith("图6-2", pdf.firstPageWith("表6-2", 3).orElseThrow()).orElseThrow();
        BufferedImage image = new PDFRenderer(pdf.document).renderImageWithDPI(page, 40);

        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(image.getWidth() * image.getHeight() / 100L);
    }

    /** The text of the page that prints the table, from its caption on, and of the next page (the contents pages are skipped). */
    private String table(String number) {
        int contentsEnd = pdf.firstPageWith("表1-1", pdf.firstPageWith("表1-1", 0).orElseThrow() + 1).orElseThrow();
        int page = pdf.firstPageWith(number + " ", contentsEnd).orElseThrow(() -> new AssertionError(number + " not printed"));
        String text = pdf.pages.get(page) + (page + 1 < pdf.pages.size() ? pdf.pages.get(page + 1) : "");
        return text.substring(text.indexOf(number));
    }

    private static String line(String text, String label) {
        return Arrays.stream(RenderedYearbook.normalized(text).split("\\R"))
                .map(String::strip).filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in:\n" + text));
    }

    private static List<String> tokens(String line) {
        return new ArrayList<>(Arrays.asList(line.trim().split(" +")));
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }
}
