package cn.justice.yearbook.validate;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunReport.FindingEntry;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.TestWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run over a drop folder in which each township's file carries one kind of mistake, as staff
 * make them; each test checks what review says about one file and what it lets into the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationRulesJobTest {

    @TempDir
    static Path temp;
    Pipeline pipeline;

    @BeforeAll
    void runOverAFolderOfFlawedReports() {
        pipeline = new Pipeline(temp);
        write("城东街道", CompleteReport.values().with("MED_CASES", -3));
        write("城西街道", CompleteReport.values().with("MED_SUCCESS", 45).with("MED_SUCCESS_RATE", ""));
        write("渠南街道", CompleteReport.values().with("MED_CASES", 53).with("MED_SUCCESS", "").with("MED_SUCCESS_RATE", "98.8%"));
        write("云溪镇", CompleteReport.values().with("MED_SUCCESS_RATE", "90%"));
        write("青山镇", CompleteReport.values().with("ENF_CERT_RATE", "120%"));
        write("白石镇", CompleteReport.values().with("PUB_EVENTS", 17.5).with("STUDY_EXAM_PART_RATE", "100%"));
        write("龙潭镇", CompleteReport.values().with("PUB_EVENTS", ""));
        write("柳林镇", CompleteReport.values().with("PUB_MATERIALS", "2000余份"));
        write("石门镇", CompleteReport.values().with("PLS_CONSULTS", "见附件"));
        CompleteReport.values().with("MED_MEDIATORS", 20).workbook("三汇镇", 2025)
                .note("MED_MEDIATORS", "部分调委会只有三名委员，另有兼职调解员未计入").writeTo(pipeline.input("2025/三汇镇.xlsx"));
        write("永安镇", CompleteReport.values().with("LIT_SUITS", 2).with("LIT_HEAD_APPEAR", 3));
        write("桃源乡", CompleteReport.values().with("MED_SUCCESS_RATE", 0.85));
        write("清水乡", CompleteReport.values().with("PLS_CONSULTS", "320人"));
        CompleteReport.values().workbook("凤鸣乡", 2025).row(99, "MED_CASES", "", "", 44, "").writeTo(pipeline.input("2025/凤鸣乡.xlsx"));
        CompleteReport.values().workbook("幸福乡", 2025).writeTo(pipeline.input("2025/幸福乡.xlsx"));
        CompleteReport.values().workbook("云溪镇", 2024).writeTo(pipeline.input("2025/云溪镇-去年.xlsx"));
        TestWorkbook.create().row("工作总结").row("今年我镇法治建设取得明显成效。").writeTo(pipeline.input("2025/总结.xlsx"));
        TestWorkbook.standard("", 2025, CompleteReport.values().asPairs()).writeTo(pipeline.input("2025/无单位.xlsx"));

        Pipeline.Result result = pipeline.run();
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private void write(String township, CompleteReport values) {
        values.workbook(township, 2025).writeTo(pipeline.input("2025/" + township + ".xlsx"));
    }

    private List<FindingEntry> findings(String township) {
        return pipeline.outcome("2025/" + township + ".xlsx").findings();
    }

    private FindingEntry only(String township, String ruleId) {
        List<FindingEntry> matching = findings(township).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matching).as(township + " " + ruleId + " in " + findings(township)).hasSize(1);
        return matching.get(0);
    }

    private Boolean usable(String township, String code) {
        return pipeline.database().sql("""
                SELECT v.usable FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = ? AND s.report_year = 2025 AND v.indicator_code = ?""")
                .params(township, code).query(Boolean.class).single();
    }

    @Test
    void aCleanReportHasNoFindings() {
        // 柳林镇's only finding is its approximate count; everything else in CompleteReport is consistent
        assertThat(findings("柳林镇")).extracting(FindingEntry::ruleId).containsExactly("APPROXIMATE_VALUE");
    }

    @Test
    void rejectsNegativeCountsAndLeavesThemOut() {
        FindingEntry f = only("城东街道", "NEGATIVE_VALUE");
        assertThat(f.severity()).isEqualTo("ERROR");
        assertThat(f.indicator()).isEqualTo("MED_CASES");
        assertThat(f.cell()).isEqualTo("E15");
        assertThat(f.message()).contains("人民调解受理矛盾纠纷件数", "-3", "负数");
        assertThat(usable("城东街道", "MED_CASES")).isFalse();
        assertThat(pipeline.outcome("2025/城东街道.xlsx").status()).isEqualTo("ERRORS");
    }

    @Test
    void rejectsMoreSuccessesThanCases() {
        FindingEntry f = only("城西街道", "NUMERATOR_EXCEEDS_DENOMINATOR");
        assertThat(f.message()).contains("调解成功件数", "45", "40");
        assertThat(usable("城西街道", "MED_SUCCESS")).isFalse();
        assertThat(usable("城西街道", "MED_CASES")).isFalse();
    }

    @Test
    void rejectsARateItsCountsCannotProduce() {
        FindingEntry f = only("渠南街道", "RATE_UNREACHABLE");
        assertThat(f.indicator()).isEqualTo("MED_SUCCESS_RATE");
        assertThat(f.message()).contains("98.8", "53", "52/53=98.1%", "53/53=100.0%");
        assertThat(usable("渠南街道", "MED_SUCCESS_RATE")).isFalse();
        assertThat(usable("渠南街道", "MED_CASES")).isTrue();
    }

    @Test
    void rejectsARateThatDisagreesWithItsCounts() {
        FindingEntry f = only("云溪镇", "RATE_MISMATCH");
        assertThat(f.message()).contains("90", "34", "40", "85.0");
        assertThat(usable("云溪镇", "MED_SUCCESS_RATE")).isFalse();
        assertThat(usable("云溪镇", "MED_SUCCESS")).isTrue();
    }

    @Test
    void rejectsARateAboveOneHundredPercent() {
        assertThat(only("青山镇", "PERCENT_OUT_OF_RANGE").message()).contains("120");
    }

    @Test
    void rejectsFractionsOfCountsAndFlagsRatesWithoutCounts() {
        assertThat(only("白石镇", "COUNT_NOT_WHOLE").message()).contains("17.5");
        FindingEntry rate = only("白石镇", "RATE_WITHOUT_COUNTS");
        assertThat(rate.severity()).isEqualTo("WARNING");
        assertThat(rate.message()).contains("年度学法考试实考人数", "年度学法考试应考人数");
    }

    @Test
    void requiresRequiredIndicators() {
        FindingEntry f = only("龙潭镇", "REQUIRED_MISSING");
        assertThat(f.indicator()).isEqualTo("PUB_EVENTS");
        assertThat(f.message()).contains("法治宣传活动场次", "填 0");
    }

    @Test
    void keepsApproximateCountsButMarksThem() {
        FindingEntry f = only("柳林镇", "APPROXIMATE_VALUE");
        assertThat(f.severity()).isEqualTo("WARNING");
        assertThat(f.message()).contains("2000余份", "2000");
        assertThat(usable("柳林镇", "PUB_MATERIALS")).isTrue();
        assertThat(pipeline.database().sql("""
                SELECT v.approximate FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = '柳林镇' AND v.indicator_code = 'PUB_MATERIALS'""").query(Boolean.class).single()).isTrue();
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        assertThat(only("石门镇", "VALUE_NOT_A_NUMBER").message()).contains("见附件");
    }

    @Test
    void evaluatesCatalogueRelationsAndHonoursAnExplanation() {
        FindingEntry f = only("三汇镇", "CHECK_MED_MEDIATORS_1");
        assertThat(f.severity()).isEqualTo("WARNING");
        assertThat(f.message()).contains("「人民调解员人数」（20）", "≥ 3 ×", "「人民调解委员会数」（12）");
        assertThat(f.explained()).isTrue();
        assertThat(pipeline.outcome("2025/三汇镇.xlsx").status()).isEqualTo("ACCEPTED");
    }

    @Test
    void anErrorRelationFromTheCatalogueLeavesItsValuesOut() {
        FindingEntry f = only("永安镇", "CHECK_LIT_HEAD_APPEAR_1");
        assertThat(f.severity()).isEqualTo("ERROR");
        assertThat(usable("永安镇", "LIT_HEAD_APPEAR")).isFalse();
        assertThat(usable("永安镇", "LIT_SUITS")).isFalse();
    }

    @Test
    void readsAFractionTypedForARateButAsksToConfirm() {
        FindingEntry f = only("桃源乡", "PERCENT_AS_FRACTION");
        assertThat(f.message()).contains("0.85", "85%");
        assertThat(findings("桃源乡")).extracting(FindingEntry::ruleId).doesNotContain("RATE_MISMATCH");
    }

    @Test
    void flagsAUnitThatIsNotTheCatalogues() {
        assertThat(only("清水乡", "UNIT_MISMATCH").message()).contains("「人」", "「人次」");
    }

    @Test
    void refusesAnIndicatorReportedTwiceWithDifferentValues() {
        FindingEntry f = only("凤鸣乡", "DUPLICATE_INDICATOR");
        assertThat(f.message()).contains("40", "44");
        assertThat(pipeline.database().sql("""
                SELECT COUNT(*) FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = '凤鸣乡' AND v.indicator_code = 'MED_CASES' AND v.usable""").query(Long.class).single()).isZero();
    }

    @Test
    void rejectsFilesItCannotTieToAKnownTownshipAndTheRunsYear() {
        RunReport.FileOutcome unknown = pipeline.outcome("2025/幸福乡.xlsx");
        assertThat(unknown.status()).isEqualTo("REJECTED");
        assertThat(unknown.findings()).extracting(FindingEntry::ruleId).containsExactly("TOWNSHIP_UNKNOWN");
        assertThat(unknown.findings().get(0).message()).contains("幸福乡", "云溪县");

        RunReport.FileOutcome lastYear = pipeline.outcome("2025/云溪镇-去年.xlsx");
        assertThat(lastYear.status()).isEqualTo("REJECTED");
        assertThat(lastYear.findings()).extracting(FindingEntry::ruleId).containsExactly("YEAR_MISMATCH");

        assertThat(pipeline.outcome("2025/总结.xlsx").findings()).extracting(FindingEntry::ruleId).containsExactly("NO_TABLE");
        assertThat(pipeline.outcome("2025/无单位.xlsx").findings()).extracting(FindingEntry::ruleId).contains("TOWNSHIP_MISSING");
    }

    @Test
    void everyFindingNamesItsRuleCellAndAChineseMessage() {
        for (RunReport.FileOutcome file : pipeline.latestReport().files()) {
            for (FindingEntry f : file.findings()) {
                assertThat(f.ruleId()).isNotBlank();
                assertThat(f.message()).containsPattern("\\p{IsHan}");
                if (f.indicator() != null && !f.ruleId().equals("REQUIRED_MISSING")) {
                    assertThat(f.cell()).as(f.toString()).matches("[A-Z]+[0-9]+");
                }
            }
        }
    }
}
