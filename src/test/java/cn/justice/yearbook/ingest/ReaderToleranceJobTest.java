package cn.justice.yearbook.ingest;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunReport.FindingEntry;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.TestWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static cn.justice.yearbook.testing.TestWorkbook.formula;
import static cn.justice.yearbook.testing.TestWorkbook.percent;
import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks laid out as people lay them out, not as the template does, read in one run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderToleranceJobTest {

    @TempDir
    static Path temp;
    Pipeline pipeline;

    @BeforeAll
    void runOverDifferentlyShapedWorkbooks() {
        pipeline = new Pipeline(temp);

        // Title rows and blank rows above, merged title, label and value in one cell, year only in the
        // title, columns in another order, names and aliases instead of codes, values with units.
        TestWorkbook.create()
                .row("云溪县法治政府建设工作统计表").merge(0, 0, 0, 5)
                .row("（2025年度）").merge(1, 1, 0, 5)
                .row()
                .row("单位：渠南街道办事处", "", "", "", "填表人：张某")
                .row()
                .row("项目", "单位", "2024年", "2025年", "备注")
                .row("一、矛盾纠纷化解")
                .row("调解矛盾纠纷件数", "件", 38, "40件", "")
                .row("调解成功件数", "件", 30, "34", "")
                .row("调解成功率", "%", "", "85%", "")
                .row("受理信访件数", "件", 2, "４０", "")
                .row("发放宣传资料份数", "份", "", "2,000", "")
                .row("法律咨询服务人次", "人次", "", "2万", "")
                .row("法治宣传活动场次", "场次", "", "无", "")
                .row("排查矛盾纠纷件数", "件", "", "", "")
                .writeTo(pipeline.input("2025/渠南.xlsx"));

        // Legacy .xls, header further down, code column last, a rate as a fraction in a percent cell.
        TestWorkbook.create().legacy()
                .row("城东街道法治政府建设统计报表")
                .row("报告年度", 2025)
                .row("填报单位", "城东街道")
                .row().row().row()
                .row("指标名称", "本年数值", "计量单位", "指标代码")
                .row("人民调解受理矛盾纠纷件数", 120, "件", "MED_CASES")
                .row("调解成功件数", 114, "件", "MED_SUCCESS")
                .row("调解成功率", percent(0.95), "%", "MED_SUCCESS_RATE")
                .writeTo(pipeline.input("2025/城东街道.xls"));

        // Formulas saved without a cached result: evaluated by the reader.
        TestWorkbook.standard("城西街道", 2025, "MED_CASES", 50, "MED_SUCCESS", 45, "MED_SUCCESS_RATE", formula("E6/E5*100"),
                        "PUB_EVENTS", formula("10+7"))
                .writeTo(pipeline.input("2025/城西街道.xlsx"));

        // No header row: label and value side by side, a unit cell in between.
        TestWorkbook.create()
                .row("青山镇2025年法治建设主要数据")
                .row("人民调解委员会数", "个", 9)
                .row("人民调解员人数", "名", 31)
                .row("调解矛盾纠纷件数", "件", 66)
                .row("调解成功件数", "件", 60)
                .writeTo(pipeline.input("2025/青山镇数据.xlsx"));

        // Nothing in the sheet says who reports: the file name does.
        TestWorkbook.create()
                .row("指标代码", "本年数值")
                .row("MED_CASES", 12)
                .row("PET_RECEIVED", 3)
                .writeTo(pipeline.input("2025/白石镇2025年报表.xlsx"));

        // An unknown row, and a code contradicting the name beside it.
        TestWorkbook.standard("龙潭镇", 2025, "MED_CASES", 70)
                .row(2, "", "村级便民服务站数", "个", 11, "")
                .row(3, "PET_RECEIVED", "调解成功件数", "件", 5, "")
                .writeTo(pipeline.input("2025/龙潭镇.xlsx"));

        Pipeline.Result result = pipeline.run();
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private Map<String, BigDecimal> values(String township) {
        Map<String, BigDecimal> values = new java.util.TreeMap<>();
        pipeline.database().sql("""
                SELECT v.indicator_code, v.value_number FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = ? AND v.usable""").param(township)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                });
        return values;
    }

    @Test
    void findsTheTableTownshipAndYearByTheirLabelsWhereverTheyAre() {
        RunReport.FileOutcome outcome = pipeline.outcome("2025/渠南.xlsx");
        assertThat(outcome.township()).isEqualTo("渠南街道");
        assertThat(outcome.year()).isEqualTo(2025);
        Map<String, BigDecimal> values = values("渠南街道");
        assertThat(values.get("MED_CASES")).isEqualByComparingTo("40");
        assertThat(values.get("MED_SUCCESS")).isEqualByComparingTo("34");
        assertThat(values.get("MED_SUCCESS_RATE")).isEqualByComparingTo("85");
        assertThat(values.get("PET_RECEIVED")).isEqualByComparingTo("40");
        assertThat(values.get("PUB_MATERIALS")).isEqualByComparingTo("2000");
        assertThat(values.get("PLS_CONSULTS")).isEqualByComparingTo("20000");
        assertThat(values.get("PUB_EVENTS")).isEqualByComparingTo("0");
        assertThat(values).doesNotContainKey("MED_SCREENED");
    }

    @Test
    void readsTheValueColumnOfTheReportYearNotThePreviousYear() {
        assertThat(pipeline.database().sql("""
                SELECT v.cell_ref FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = '渠南街道' AND v.indicator_code = 'MED_CASES'""").query(String.class).single())
                .isEqualTo("D8");
    }

    @Test
    void readsLegacyXlsWithColumnsInAnotherOrder() {
        RunReport.FileOutcome outcome = pipeline.outcome("2025/城东街道.xls");
        assertThat(outcome.township()).isEqualTo("城东街道");
        assertThat(outcome.year()).isEqualTo(2025);
        Map<String, BigDecimal> values = values("城东街道");
        assertThat(values.get("MED_CASES")).isEqualByComparingTo("120");
        assertThat(values.get("MED_SUCCESS_RATE")).isEqualByComparingTo("95");
        assertThat(outcome.findings()).extracting(FindingEntry::ruleId).doesNotContain("RATE_MISMATCH", "PERCENT_AS_FRACTION");
    }

    @Test
    void evaluatesFormulasThatWereSavedWithoutTheirResult() {
        Map<String, BigDecimal> values = values("城西街道");
        assertThat(values.get("MED_SUCCESS_RATE")).isEqualByComparingTo("90");
        assertThat(values.get("PUB_EVENTS")).isEqualByComparingTo("17");
    }

    @Test
    void readsLabelValueListsWithoutAHeader() {
        assertThat(pipeline.outcome("2025/青山镇数据.xlsx").township()).isEqualTo("青山镇");
        Map<String, BigDecimal> values = values("青山镇");
        assertThat(values).containsEntry("MED_COMMITTEES", new BigDecimal("9")).containsEntry("MED_CASES", new BigDecimal("66"));
    }

    @Test
    void fallsBackOnTheFileNameForTownshipAndYear() {
        RunReport.FileOutcome outcome = pipeline.outcome("2025/白石镇2025年报表.xlsx");
        assertThat(outcome.township()).isEqualTo("白石镇");
        assertThat(outcome.year()).isEqualTo(2025);
        assertThat(values("白石镇")).containsEntry("PET_RECEIVED", new BigDecimal("3"));
    }

    @Test
    void reportsRowsItCannotPlaceAndTrustsTheCodeOverTheName() {
        RunReport.FileOutcome outcome = pipeline.outcome("2025/龙潭镇.xlsx");
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("UNKNOWN_INDICATOR");
            assertThat(f.message()).contains("村级便民服务站数");
        });
        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("CODE_NAME_MISMATCH");
            assertThat(f.message()).contains("PET_RECEIVED", "调解成功件数");
        });
        assertThat(values("龙潭镇")).containsEntry("PET_RECEIVED", new BigDecimal("5"));
    }

    @Test
    void keepsProvenanceOfEveryValue() {
        var row = pipeline.database().sql("""
                SELECT s.checksum, s.file_name, v.sheet_name, v.cell_ref, v.display_text FROM reported_value v
                JOIN submission s ON s.id = v.submission_id WHERE s.township = '城东街道' AND v.indicator_code = 'MED_SUCCESS_RATE'""")
                .query().singleRow();
        assertThat((String) row.get("CHECKSUM")).hasSize(64);
        assertThat(row.get("FILE_NAME")).isEqualTo("城东街道.xls");
        assertThat(row.get("SHEET_NAME")).isEqualTo("Sheet1");
        assertThat(row.get("CELL_REF")).isEqualTo("B10");
        assertThat(row.get("DISPLAY_TEXT")).isEqualTo("95.0%");
    }
}
