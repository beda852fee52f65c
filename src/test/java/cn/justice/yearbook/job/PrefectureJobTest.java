package cn.justice.yearbook.job;

import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One run over a prefecture of two counties whose township names repeat (both have a 城东街道 and a
 * 青山镇): each file is placed by its folder, or by the one county its township belongs to, and stored
 * with its county; each county gets its own yearbook, and the roll-up compares the counties, its
 * rates the ratio of sums over every township, not the mean of the county rates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefectureJobTest {

    private static final String PREFECTURE = """
            prefecture:
              name: 示例市
              counties:
                - name: 甲县
                  townships:
                    - name: 城东街道
                    - name: 青山镇
                    - name: 白石镇
                - name: 乙县
                  aliases: [乙]
                  townships:
                    - name: 城东街道
                    - name: 青山镇
                    - name: 龙潭镇
                - name: 丙县
                  townships:
                    - name: 石门镇
            """;

    // 人民调解受理 / 调解成功, 2025. 甲县: 140 / 124 = 88.6%; 乙县: 110 / 102 = 92.7%;
    // 全市: 250 / 226 = 90.4%, where the mean of the two county rates would be 90.6%.
    private static final Map<String, int[]> MEDIATION = Map.of(
            "甲县/2025/城东街道.xlsx", new int[]{40, 34},
            "甲县/2025/青山镇.xlsx", new int[]{100, 90},
            "乙/2025/城东街道.xlsx", new int[]{60, 57},
            "2025/龙潭镇.xlsx", new int[]{50, 45});

    private Pipeline pipeline;
    private Pipeline.Result result;
    private Path prefecture;

    @BeforeAll
    void runOverThePrefecture(@TempDir Path temp) throws IOException {
        pipeline = new Pipeline(temp);
        prefecture = temp.resolve("prefecture.yml");
        Files.writeString(prefecture, PREFECTURE);
        for (var file : MEDIATION.entrySet()) {
            String township = file.getKey().replaceFirst(".*/", "").replace(".xlsx", "");
            int[] counts = file.getValue();
            CompleteReport values = CompleteReport.values().with("MED_CASES", counts[0]).with("MED_SUCCESS", counts[1])
                    .with("MED_SUCCESS_RATE", String.format("%.1f%%", 100.0 * counts[1] / counts[0]));
            if (file.getKey().equals("甲县/2025/青山镇.xlsx")) {
                values.with("PUB_MATERIALS", "3000余"); // a warning: an approximate figure
            }
            if (file.getKey().equals("2025/龙潭镇.xlsx")) {
                values.with("PLS_CONSULTS", -5); // an error: the value is left out
            }
            values.workbook(township, 2025).writeTo(pipeline.input(file.getKey()));
        }
        result = pipeline.run("--county", prefecture.toString());
    }

    @Test
    void storesEachFileWithTheCountyItsFolderOrItsTownshipSays() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> stored = pipeline.database()
                .sql("SELECT county || '/' || township FROM submission WHERE superseded_by IS NULL ORDER BY 1")
                .query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrder("甲县/城东街道", "甲县/青山镇", "乙县/城东街道", "乙县/龙潭镇");
    }

    @Test
    void publishesOneYearbookPerCountyAndTheRollUp() throws IOException {
        for (String name : List.of("甲县", "乙县", "示例市")) {
            assertThat(pipeline.output().resolve("yearbook/" + name + "2025年法治政府建设统计年鉴.pdf")).isRegularFile();
            assertThat(pipeline.output().resolve("yearbook/" + name + "2025年法治政府建设统计年鉴.xlsx")).isRegularFile();
        }
        assertThat(pipeline.output().resolve("yearbook/丙县2025年法治政府建设统计年鉴.pdf"))
                .as("a county with no report that year gets no yearbook of its own").doesNotExist();
        // the two counties' 城东街道 each get their own feedback, kept apart by their folders
        try (var feedback = Files.walk(pipeline.output().resolve("feedback"))) {
            assertThat(feedback.filter(p -> p.getFileName().toString().equals("审核反馈_城东街道.xlsx"))
                    .map(p -> pipeline.output().relativize(p).toString().replace('\\', '/')))
                    .as("under the year once, then the county's folder")
                    .containsExactlyInAnyOrder("feedback/2025/甲县/审核反馈_城东街道.xlsx", "feedback/2025/乙/审核反馈_城东街道.xlsx");
        }
    }

    @Test
    void reportAndConsoleCountTheRollUpsCountiesNotTownships() {
        RunReport.Publication rollUp = pipeline.latestReport().yearbook();
        assertThat(rollUp.level()).isEqualTo(Edition.Level.PREFECTURE);
        assertThat(rollUp.pdf()).isEqualTo("yearbook/示例市2025年法治政府建设统计年鉴.pdf");
        assertThat(rollUp.unitsCounted()).as("甲县 and 乙县; 丙县 sent nothing").isEqualTo(2);
        assertThat(rollUp.units()).isEqualTo(3);
        Path folder = pipeline.output().resolve("yearbook");
        assertThat(result.out()).doesNotContain("乡镇（街道）中")
                .contains("各县（市、区）统计年鉴（2025年）：2本，在 " + folder + System.lineSeparator())
                .contains("市级汇总统计年鉴配套表格：" + folder.resolve("示例市2025年法治政府建设统计年鉴.xlsx"))
                .endsWith("市级汇总统计年鉴（2025年，3个县（市、区）中2个纳入汇总）：" + System.lineSeparator()
                        + folder.resolve("示例市2025年法治政府建设统计年鉴.pdf") + System.lineSeparator());
    }

    @Test
    void countyYearbookHoldsItsOwnTownshipsOnly() throws IOException {
        try (Workbook workbook = companion("乙县")) {
            Sheet mediation = sheet(workbook, "表6-1");
            assertThat(number(mediation, "城东街道", "人民调解受理矛盾纠纷件数")).isEqualTo(60);
            assertThat(number(mediation, "龙潭镇", "人民调解受理矛盾纠纷件数")).isEqualTo(50);
            assertThat(number(mediation, "全　县", "人民调解受理矛盾纠纷件数")).isEqualTo(110);
        }
    }

    @Test
    void rollUpMarksTheFiguresOfCountiesWithTownshipsLeftOut() throws IOException {
        // 甲县 has no report from 白石镇, 乙县 none from 青山镇: their figures leave those townships out
        RenderedYearbook pdf = new RenderedYearbook(Files.readAllBytes(
                pipeline.output().resolve("yearbook/示例市2025年法治政府建设统计年鉴.pdf")));
        String text = RenderedYearbook.normalized(String.join("\n", pdf.pages));
        assertThat(text).containsPattern("甲县 [^\\n]*140△ 124△ 88\\.6△")
                .contains("标“△”的数字不含该县（市、区）部分乡镇（街道）的数据")
                .as("a share of the prefecture's total computed from such a figure is marked too; the total is not")
                .containsPattern("全 市 250 … … … 100\\.0 —\n甲县 140△ … … … 56\\.0△ 1\n乙县 110△ … … … 44\\.0△ 2")
                .as("the comparison charts name such a county with the mark, and say why")
                .contains("甲县△").contains("名称后标“△”的县（市、区），其数不含所辖部分乡镇（街道）的数据");
        try (Workbook workbook = companion("示例市")) {
            Sheet mediation = sheet(workbook, "表6-1");
            Cell cell = cell(mediation, "甲县", "人民调解受理矛盾纠纷件数");
            assertThat(cell.getNumericCellValue()).isEqualTo(140);
            assertThat(cell.getCellStyle().getDataFormatString()).endsWith("\"△\"");
            assertThat(cell(mediation, "全　市", "人民调解受理矛盾纠纷件数").getCellStyle().getDataFormatString())
                    .as("the prefecture's total has its coverage note instead").doesNotContain("△");
        }
        try (Workbook workbook = companion("甲县")) {
            assertThat(cell(sheet(workbook, "表6-1"), "全　县", "人民调解受理矛盾纠纷件数").getCellStyle().getDataFormatString())
                    .as("a county's own yearbook marks nothing so").doesNotContain("△");
        }
    }

    @Test
    void rollUpComparesCountiesWithRatesAsRatiosOfSums() throws IOException {
        try (Workbook workbook = companion("示例市")) {
            Sheet mediation = sheet(workbook, "表6-1");
            assertThat(number(mediation, "甲县", "人民调解受理矛盾纠纷件数")).isEqualTo(140);
            assertThat(number(mediation, "乙县", "调解成功件数")).isEqualTo(102);
            assertThat(number(mediation, "甲县", "调解成功率")).isCloseTo(88.57, within(0.01));
            assertThat(number(mediation, "全　市", "人民调解受理矛盾纠纷件数")).isEqualTo(250);
            assertThat(number(mediation, "全　市", "调解成功率")).isCloseTo(90.40, within(0.01));
        }
    }

    @Test
    void validatePlacesEachFileInItsCountyAsTheRunDoes() {
        Pipeline.Result checked = pipeline.command("validate", "--county", prefecture.toString());
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out()).doesNotContain("不在").doesNotContain("未识别单位")
                .contains("甲县/2025/城东街道.xlsx（城东街道，2025年）", "乙/2025/城东街道.xlsx（城东街道，2025年）",
                        "2025/龙潭镇.xlsx（龙潭镇，2025年）");
    }

    @Test
    void rollUpSpeaksOfCountiesAndThePrefecture() throws IOException {
        RenderedYearbook pdf = new RenderedYearbook(Files.readAllBytes(
                pipeline.output().resolve("yearbook/示例市2025年法治政府建设统计年鉴.pdf")));
        String text = RenderedYearbook.normalized(String.join("\n", pdf.pages));
        assertThat(text).contains("全市共有3个县（市、区）").contains("各县（市、区）矛盾纠纷化解情况")
                .as("the editorial notes' scope counts the townships too")
                .contains("各县（市、区）所辖乡镇（街道）共7个，其中4个的数据纳入汇总。")
                .as("the county without a report still has its place in the roll-up").contains("丙县")
                .doesNotContain("全县");
        assertThat(text.replaceAll("\\s*\n", "")).as("the editorial notes say what a county's figure leaves out")
                .contains("各县（市、区）的数为其所辖乡镇（街道）纳入汇总的数据之和（比率同样按分子合计÷分母合计计算）");
    }

    @Test
    void rollUpsQualityAppendixCountsEachCountysTownshipsNotes() throws IOException {
        String rollUp = appendixTwo("示例市");
        assertThat(rollUp).as("each county's count is the sum over its townships, as its own yearbook gives them")
                .contains("甲县 已采用，有待核实的提示 1 0", "乙县 部分数据有错误，错误数据未采用 0 1", "丙县 未报送 0 0")
                .contains("甲县 已采用，有待核实的提示\n所辖3个乡镇（街道）中2个的数据纳入汇总；白石镇未报送或报送的报表未能采用。\n"
                        + "待核实的提示1条：青山镇1条。\n逐条明细见《甲县2025年法治政府建设统计年鉴》附录二。")
                .contains("乙县 部分数据有错误，错误数据未采用\n所辖3个乡镇（街道）中2个的数据纳入汇总；青山镇未报送或报送的报表未能采用。\n"
                        + "未采用的数据1条：龙潭镇1条。\n逐条明细见《乙县2025年法治政府建设统计年鉴》附录二。")
                .as("no county has all its townships' data, none is called clean").doesNotContain("数据全部采用。");
        assertThat(rollUp.replace("\n", "")).contains("有待核实提示的1个，部分数据有错误未予采用的1个，"
                + "无提示和错误、但有乡镇（街道）未报送或报送的报表未能采用的0个。"
                + "全市各县（市、区）共有乡镇（街道）7个，数据纳入汇总4个；待核实的提示共1条，未采用的数据共1条");
        assertThat(appendixTwo("甲县")).contains("青山镇 已采用，有待核实的提示 1 0");
        assertThat(appendixTwo("乙县")).contains("龙潭镇 部分数据有错误，错误数据未采用 0 1");
    }

    private String appendixTwo(String name) throws IOException {
        RenderedYearbook pdf = new RenderedYearbook(Files.readAllBytes(
                pipeline.output().resolve("yearbook/" + name + "2025年法治政府建设统计年鉴.pdf")));
        String text = RenderedYearbook.normalized(String.join("\n", pdf.pages)).replaceAll(" +\n", "\n");
        return text.substring(text.lastIndexOf("附录二 数据质量说明"));
    }

    @Test
    void receiptAndRunReportSpeakForThePrefectureWithItsCountiesInTheFilesOrder() throws IOException {
        Path receipt = pipeline.output().resolve("receipts/2025/示例市-2025-报送回执.xlsx");
        assertThat(receipt).as("one receipt lists every county's files, under the prefecture's name").isRegularFile();
        assertThat(pipeline.output().resolve("receipts/2025/甲县-2025-报送回执.xlsx")).doesNotExist();
        try (Workbook workbook = WorkbookFactory.create(receipt.toFile(), null, true)) {
            Sheet entries = workbook.getSheetAt(0);
            assertThat(entries.getRow(0).getCell(0).getStringCellValue()).startsWith("示例市");
            List<String> rows = new java.util.ArrayList<>();
            for (int r = 4; r <= entries.getLastRowNum(); r++) {
                rows.add(entries.getRow(r).getCell(1).getStringCellValue() + " " + entries.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(rows).as("甲县's townships in its order, then 乙县's, each named with its county")
                    .containsExactly("甲县城东街道 甲县/2025/城东街道.xlsx", "甲县青山镇 甲县/2025/青山镇.xlsx",
                            "乙县城东街道 乙/2025/城东街道.xlsx", "乙县龙潭镇 2025/龙潭镇.xlsx");
        }
        String report = Files.readString(pipeline.output().resolve("reports/latest-run.json"));
        assertThat(report).contains("\"county\" : \"示例市\"")
                .containsPattern("\"file\" : \"2025/龙潭镇.xlsx\",[^}]*\"county\" : \"乙县\",\\s*\"township\" : \"龙潭镇\"");
    }

    private Workbook companion(String name) throws IOException {
        return WorkbookFactory.create(pipeline.output().resolve("yearbook/" + name + "2025年法治政府建设统计年鉴.xlsx").toFile(),
                null, true);
    }

    private static Sheet sheet(Workbook workbook, String table) {
        return StreamSupport.stream(workbook.spliterator(), false)
                .filter(s -> s.getRow(0).getCell(0).getStringCellValue().startsWith(table))
                .findFirst().orElseThrow(() -> new AssertionError("no sheet " + table));
    }

    private static double number(Sheet sheet, String rowLabel, String heading) {
        return cell(sheet, rowLabel, heading).getNumericCellValue();
    }

    private static Cell cell(Sheet sheet, String rowLabel, String heading) {
        int column = -1;
        for (int r = 1; r <= 4 && column < 0; r++) {
            Row row = sheet.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(heading)) {
                    column = cell.getColumnIndex();
                }
            }
        }
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(rowLabel)) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("no row " + rowLabel + " on " + sheet.getSheetName());
    }
}
