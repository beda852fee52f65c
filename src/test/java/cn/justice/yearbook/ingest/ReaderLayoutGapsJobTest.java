package cn.justice.yearbook.ingest;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts seen in townships' own forms that the reader once got wrong. */
class ReaderLayoutGapsJobTest {

    @TempDir
    Path temp;

    private Map<String, String> values(Pipeline pipeline, String township) {
        Map<String, String> values = new TreeMap<>();
        pipeline.database().sql("""
                SELECT v.indicator_code, v.value_number FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = ? AND v.usable""").param(township)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                });
        return values;
    }

    @Test
    void skipsCategoryCaptionsMergedAcrossTheTable() {
        Pipeline pipeline = new Pipeline(temp);
        TestWorkbook.create()
                .row("渠南街道2025年法治政府建设统计表")
                .row("指标名称", "单位", "本年数值", "备注")
                .row("一、矛盾纠纷化解").merge(2, 2, 0, 3)
                .row("调解矛盾纠纷件数", "件", 40, "")
                .row("调解成功件数", "件", 34, "")
                .row("二、信访").merge(5, 5, 0, 3)
                .row("受理信访件数", "件", 12, "")
                .writeTo(pipeline.input("2025/渠南.xlsx"));

        assertThat(pipeline.run().exitCode()).isZero();

        RunReport.FileOutcome outcome = pipeline.outcome("2025/渠南.xlsx");
        assertThat(outcome.findings()).noneMatch(f -> f.ruleId().equals("UNKNOWN_INDICATOR"));
        assertThat(values(pipeline, "渠南街道")).containsEntry("MED_CASES", "40")
                .containsEntry("PET_RECEIVED", "12");
    }

    @Test
    void readsTheReportYearUnderATwoRowHeader() {
        Pipeline pipeline = new Pipeline(temp);
        TestWorkbook.create()
                .row("城东街道法治政府建设统计表（2025年度）")
                .row("项目", "单位", "数值", "", "备注").merge(1, 1, 2, 3)
                .row("", "", "2024年", "2025年", "")
                .row("调解矛盾纠纷件数", "件", 38, 40, "")
                .row("调解成功件数", "件", 30, 34, "")
                .writeTo(pipeline.input("2025/城东街道.xlsx"));

        assertThat(pipeline.run().exitCode()).isZero();

        assertThat(values(pipeline, "城东街道")).containsEntry("MED_CASES", "40")
                .containsEntry("MED_SUCCESS", "34");
    }

    @Test
    void readsTwoLabelValuePairsOnOneRow() {
        Pipeline pipeline = new Pipeline(temp);
        TestWorkbook.create()
                .row("青山镇2025年法治建设主要数据")
                .row("调解矛盾纠纷件数", 66, "调解成功件数", 60)
                .row("受理信访件数", 9, "信访事项办结件数", 9)
                .writeTo(pipeline.input("2025/青山镇数据.xlsx"));

        assertThat(pipeline.run().exitCode()).isZero();

        assertThat(values(pipeline, "青山镇")).containsEntry("MED_CASES", "66")
                .containsEntry("MED_SUCCESS", "60")
                .containsEntry("PET_RECEIVED", "9")
                .containsEntry("PET_CLOSED", "9");
    }
}
