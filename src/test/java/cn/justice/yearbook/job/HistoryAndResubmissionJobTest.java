package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunReport.FindingEntry;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs over several years and several drops: history, comparison with peers, resubmission, reruns. */
class HistoryAndResubmissionJobTest {

    private static final List<String> TOWNSHIPS = List.of("城东街道", "城西街道", "渠南街道", "云溪镇", "青山镇", "白石镇", "龙潭镇");

    @TempDir
    Path temp;

    private Pipeline pipelineWithTwoYears() {
        Pipeline pipeline = new Pipeline(temp);
        for (String township : TOWNSHIPS) {
            CompleteReport.values().workbook(township, 2024).writeTo(pipeline.input("2024/" + township + ".xlsx"));
        }
        for (String township : TOWNSHIPS) {
            CompleteReport values = CompleteReport.values().with("PLS_CONSULTS", township.equals("白石镇") ? 5000 : 300 + township.length());
            if (township.equals("城东街道")) {
                values.with("PUB_EVENTS", 60);
            }
            if (township.equals("城西街道")) {
                values.with("PUB_EVENTS", 70);
            }
            var workbook = values.workbook(township, 2025);
            if (township.equals("城西街道")) {
                workbook.note("PUB_EVENTS", "今年开展“八五”普法验收，活动较多");
            }
            workbook.writeTo(pipeline.input("2025/" + township + ".xlsx"));
        }
        return pipeline;
    }

    private static FindingEntry finding(RunReport.FileOutcome outcome, String ruleId) {
        return outcome.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not in " + outcome.findings()));
    }

    @Test
    void asksForAnExplanationOfABigChangeAgainstLastYear() {
        Pipeline pipeline = pipelineWithTwoYears();
        assertThat(pipeline.run().exitCode()).isZero();

        RunReport.FileOutcome unexplained = pipeline.outcome("2025/城东街道.xlsx");
        FindingEntry swing = finding(unexplained, "YEAR_OVER_YEAR");
        assertThat(swing.message()).contains("法治宣传活动场次", "60", "2024", "17", "增加 252.9%");
        assertThat(swing.explained()).isFalse();
        assertThat(unexplained.status()).isEqualTo("WARNINGS");

        RunReport.FileOutcome explained = pipeline.outcome("2025/城西街道.xlsx");
        assertThat(finding(explained, "YEAR_OVER_YEAR").explained()).isTrue();
        assertThat(explained.status()).isEqualTo("ACCEPTED");
        assertThat(pipeline.outcome("2025/云溪镇.xlsx").findings()).isEmpty();
    }

    @Test
    void flagsATownshipFarFromItsPeers() {
        Pipeline pipeline = pipelineWithTwoYears();
        pipeline.run();
        FindingEntry outlier = finding(pipeline.outcome("2025/白石镇.xlsx"), "PEER_OUTLIER");
        assertThat(outlier.message()).contains("法律咨询服务人次", "5000", "7 个乡镇");
        assertThat(pipeline.outcome("2025/青山镇.xlsx").findings()).extracting(FindingEntry::ruleId).doesNotContain("PEER_OUTLIER");
    }

    @Test
    void aCorrectedFileSupersedesTheEarlierOneAndHistoryKeepsBoth() throws Exception {
        Pipeline pipeline = pipelineWithTwoYears();
        pipeline.run();
        Path corrected = CompleteReport.values().with("MED_CASES", 41).with("MED_SUCCESS_RATE", "82.9%").with("MED_SUCCESS", 34)
                .workbook("云溪镇", 2025).writeTo(pipeline.input("2025/云溪镇（更正）.xlsx"));
        Files.setLastModifiedTime(corrected, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(pipeline.run().exitCode()).isZero();

        RunReport report = pipeline.latestReport();
        assertThat(report.summary().seen()).isEqualTo(15);
        assertThat(report.summary().unchanged()).isEqualTo(14);
        assertThat(pipeline.outcome("2025/云溪镇（更正）.xlsx").status()).isEqualTo("ACCEPTED");
        var rows = pipeline.database().sql("""
                SELECT s.file_name, s.superseded_by IS NULL AS is_current FROM submission s
                WHERE s.township = '云溪镇' AND s.report_year = 2025 ORDER BY s.id""").query().listOfRows();
        assertThat(rows).extracting(r -> r.get("FILE_NAME")).containsExactly("云溪镇.xlsx", "云溪镇（更正）.xlsx");
        assertThat(rows).extracting(r -> r.get("IS_CURRENT")).containsExactly(false, true);
        Long current = pipeline.database().sql("""
                SELECT v.value_number FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = '云溪镇' AND s.report_year = 2025 AND s.superseded_by IS NULL AND v.indicator_code = 'MED_CASES'""")
                .query(Long.class).single();
        assertThat(current).isEqualTo(41);
    }

    @Test
    void runningAgainOverTheSameFilesChangesNothing() throws Exception {
        Pipeline pipeline = pipelineWithTwoYears();
        pipeline.run();
        Map<String, Object> before = counts(pipeline);
        Files.copy(pipeline.input("2025/青山镇.xlsx"), pipeline.input("青山镇-副本.xlsx"));

        Pipeline.Result again = pipeline.run();

        assertThat(again.exitCode()).isZero();
        assertThat(pipeline.latestReport().summary().unchanged()).isEqualTo(15);
        assertThat(pipeline.outcome("青山镇-副本.xlsx").note()).contains("2025/青山镇.xlsx");
        assertThat(counts(pipeline)).isEqualTo(before);
    }

    private static Map<String, Object> counts(Pipeline pipeline) {
        return pipeline.database().sql("""
                SELECT (SELECT COUNT(*) FROM submission) AS submissions, (SELECT COUNT(*) FROM reported_value) AS reported_values,
                       (SELECT COUNT(*) FROM finding) AS findings,
                       (SELECT COUNT(*) FROM submission WHERE superseded_by IS NOT NULL) AS superseded""").query().singleRow();
    }
}
