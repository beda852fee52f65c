package cn.justice.yearbook.job;

import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

/**
 * A run that fails part-way (the store refuses the seventh submission once, as a full disk would)
 * is completed by the next run through a Spring Batch restart, with exactly the result an
 * uninterrupted run gives.
 */
@SpringBootTest
class RestartAfterFailureTest {

    private static final List<String> TOWNSHIPS = List.of("城东街道", "城西街道", "渠南街道", "云溪镇", "青山镇", "白石镇",
            "龙潭镇", "柳林镇", "石门镇", "三汇镇", "永安镇", "桃源乡");

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("yearbook.input", () -> temp.resolve("input").toString());
        registry.add("yearbook.output", () -> temp.resolve("output").toString());
        registry.add("yearbook.ingest.chunk-size", () -> "3");
        registry.add("yearbook.ingest.stable-after", () -> "0s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:restart-test;DB_CLOSE_DELAY=-1");
    }

    @MockitoSpyBean
    SubmissionRepository submissions;
    @Autowired
    IngestRunner runner;
    @Autowired
    JdbcClient jdbc;

    @Test
    void completesAFailedRunOnRestartWithTheSameResultAsAnUninterruptedRun() throws Exception {
        Files.createDirectories(temp.resolve("input/2025"));
        for (int i = 0; i < TOWNSHIPS.size(); i++) {
            CompleteReport.values().with("MED_CASES", 40 + i).with("MED_SUCCESS_RATE", "")
                    .workbook(TOWNSHIPS.get(i), 2025).writeTo(temp.resolve("input/2025/" + TOWNSHIPS.get(i) + ".xlsx"));
        }
        AtomicInteger saves = new AtomicInteger();
        doAnswer(call -> {
            if (saves.incrementAndGet() == 7) {
                throw new IllegalStateException("simulated failure: disk full");
            }
            return call.callRealMethod();
        }).when(submissions).save(any(), anyLong(), any());

        assertThatThrownBy(() -> runner.run(null)).isInstanceOf(RunFailedException.class).hasMessageContaining("disk full");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'FAILED'")).isEqualTo(1);

        IngestOutcome resumed = runner.run(null);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.report().summary().seen()).isEqualTo(12);
        assertThat(resumed.report().summary().accepted()).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(12);
        assertThat(count("SELECT COUNT(DISTINCT checksum) FROM submission")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);

        Pipeline uninterrupted = new Pipeline(temp.resolve("reference"));
        Files.createDirectories(uninterrupted.input("2025"));
        for (String township : TOWNSHIPS) {
            Files.copy(temp.resolve("input/2025/" + township + ".xlsx"), uninterrupted.input("2025/" + township + ".xlsx"));
        }
        assertThat(uninterrupted.run().exitCode()).isZero();
        assertThat(contents(jdbc)).isEqualTo(contents(uninterrupted.database()));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Everything the store says about the submissions, without ids and timestamps. */
    private static List<String> contents(JdbcClient db) {
        List<String> rows = new java.util.ArrayList<>(db.sql("""
                SELECT s.township || '|' || s.report_year || '|' || s.status || '|' || s.checksum || '|' || v.indicator_code
                       || '|' || COALESCE(CAST(v.value_number AS VARCHAR), '') || '|' || v.usable || '|' || v.cell_ref
                FROM submission s JOIN reported_value v ON v.submission_id = s.id""").query(String.class).list());
        rows.addAll(db.sql("""
                SELECT s.township || '|' || f.rule_id || '|' || COALESCE(f.cell_ref, '') || '|' || f.message
                FROM submission s JOIN finding f ON f.submission_id = s.id""").query(String.class).list());
        rows.sort(null);
        return rows;
    }
}
