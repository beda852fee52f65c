package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestJobTest {

    @TempDir
    Path temp;

    @Test
    void storesACleanReportAndAccountsForEveryDroppedFile() throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        Files.write(pipeline.input("2025/~$渠南街道.xlsx"), new byte[]{1, 2, 3});
        Files.write(pipeline.input("2025/broken.xlsx"), "not a workbook".getBytes());

        Pipeline.Result result = pipeline.run();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("共 3 个文件");
        RunReport report = pipeline.latestReport();
        assertThat(report.summary().seen()).isEqualTo(3);
        assertThat(report.summary().accepted()).isEqualTo(1);
        assertThat(report.summary().ignored()).isEqualTo(1);
        assertThat(report.summary().rejected()).isEqualTo(1);
        RunReport.FileOutcome good = pipeline.outcome("2025/渠南街道.xlsx");
        assertThat(good.township()).isEqualTo("渠南街道");
        assertThat(good.year()).isEqualTo(2025);
        assertThat(good.findings()).isEmpty();
        assertThat(pipeline.output().resolve(good.feedback())).exists();
        Long cases = pipeline.database().sql("""
                SELECT v.value_number FROM reported_value v JOIN submission s ON s.id = v.submission_id
                WHERE s.township = '渠南街道' AND v.indicator_code = 'MED_CASES'""").query(Long.class).single();
        assertThat(cases).isEqualTo(40);
    }

    /** The operator's log says what each step cost: what the benchmark reads to compare builds on a noisy machine. */
    @Test
    void logsEachStepsCpuAndGarbageCollectionTime() throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        CompleteReport.values().workbook("城东街道", 2025).writeTo(pipeline.input("2025/城东街道.xlsx"));

        assertThat(pipeline.run().exitCode()).isZero();

        String log = Files.readString(pipeline.output().resolve("logs/yearbook.log"), StandardCharsets.UTF_8);
        for (String step : List.of("discover", "ingest", "crossReview", "yearbook", "feedback")) {
            assertThat(log).containsPattern("Step \\[" + step + "\\] used \\d+ ms CPU \\(all threads; \\d+ ms on the step thread\\), \\d+ ms in garbage collection");
        }
        assertThat(log).containsPattern("Step \\[ingest\\] used \\d+ ms CPU.*over 2 items read");
        // the process's CPU time is counted in coarser steps than a thread's (two files' ingest has read "0 ms CPU
        // (all threads; 2 ms on the step thread)"); rendering a yearbook takes hundreds of milliseconds
        assertThat(log).containsPattern("Step \\[yearbook\\] used [1-9]\\d* ms CPU");
    }
}
