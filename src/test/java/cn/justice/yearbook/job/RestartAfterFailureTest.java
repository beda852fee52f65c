package cn.justice.yearbook.job;

import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.testing.SpringTestFolders;
import cn.justice.yearbook.testing.StoreContents;
import cn.justice.yearbook.testing.TwelveTownships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.nio.file.Path;
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

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        SpringTestFolders.register(registry, () -> temp, "restart-test");
        registry.add("yearbook.ingest.chunk-size", () -> "3");
    }

    @MockitoSpyBean
    SubmissionRepository submissions;
    @Autowired
    IngestRunner runner;
    @Autowired
    JdbcClient jdbc;

    @Test
    void completesAFailedRunOnRestartWithTheSameResultAsAnUninterruptedRun() throws Exception {
        TwelveTownships.writeTo(temp.resolve("input"));
        AtomicInteger saves = new AtomicInteger();
        doAnswer(call -> {
            if (saves.incrementAndGet() == 7) {
                throw new IllegalStateException("simulated failure: disk full");
            }
            return call.callRealMethod();
        }).when(submissions).save(any(), any(), anyLong(), any());

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

        assertThat(StoreContents.of(jdbc))
                .isEqualTo(TwelveTownships.storedByUninterruptedRun(temp.resolve("input"), temp.resolve("reference")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
