package cn.justice.yearbook.job;

import cn.justice.yearbook.job.ScheduledIngest.Firing;
import cn.justice.yearbook.job.ScheduledIngest.NextFiring;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.testing.SpringTestFolders;
import cn.justice.yearbook.testing.StoreContents;
import cn.justice.yearbook.testing.TwelveTownships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

/**
 * The shutdown of {@code serve} while a scheduled run is storing files: the run is asked to stop, finishes the
 * chunk it is on, and is recorded STOPPED with what it stored so far; a run fired meanwhile is refused; the next
 * run continues the stopped one and ends exactly where an uninterrupted run ends.
 */
@SpringBootTest
class StopMidRunTest {

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SpringTestFolders.register(registry, () -> temp, "stop-mid-run");
        registry.add("yearbook.ingest.chunk-size", () -> "3");
        registry.add("yearbook.schedule.cron", () -> "* * * * * *");
        registry.add("yearbook.schedule.yearbook-cron", () -> "-");
    }

    @MockitoSpyBean
    SubmissionRepository submissions;
    @Autowired
    ScheduledIngest scheduled;
    @Autowired
    IngestRunner runner;
    @Autowired
    RunHistory history;
    @Autowired
    ConsoleProgress progress;
    @Autowired
    JdbcClient jdbc;

    @Test
    void stopsARunInProgressAfterItsCurrentChunkAndTheNextRunContinuesIt() throws Exception {
        TwelveTownships.writeTo(temp.resolve("input"));
        StringWriter console = new StringWriter();
        progress.printTo(new PrintWriter(console, true));
        // the fifth file (second chunk of three) is held until the test has asked the run to stop
        CountDownLatch atFifthSave = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger saves = new AtomicInteger();
        doAnswer(call -> {
            if (saves.incrementAndGet() == 5) {
                atFifthSave.countDown();
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            }
            return call.callRealMethod();
        }).when(submissions).save(any(), any(), anyLong(), any());
        Recorder recorder = new Recorder();

        scheduled.start(recorder);
        assertThat(atFifthSave.await(60, TimeUnit.SECONDS)).as("a scheduled run reached the fifth file").isTrue();

        // a second firing while the first holds the run lock is refused and skipped, not queued or crashed
        scheduled.fire(ScheduledIngest.Kind.YEARBOOK);
        assertThat(recorder.events)
                .contains("notCompleted YEARBOOK " + (Year.now().getValue() - 1) + " RunInProgressException false");

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(scheduled::stop);
        awaitStatusOtherThanStarted();
        release.countDown();
        shutdown.get(60, TimeUnit.SECONDS);

        assertThat(recorder.events).contains("stopping true", "notCompleted ROUTINE all RunFailedException true", "stopped");
        assertThat(scheduled.isRunning()).isFalse();
        assertThat(jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).list()).containsExactly("STOPPED");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM intake WHERE disposition = 'PENDING'")).isEqualTo(6);

        IngestOutcome resumed = runner.run(null);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.report().summary().seen()).isEqualTo(12);
        assertThat(resumed.report().summary().accepted()).isEqualTo(12);
        assertThat(count("SELECT COUNT(DISTINCT checksum) FROM submission")).isEqualTo(12);
        assertThat(console.toString().lines()).contains("当前步骤：读取审核", "文件 12/12，当前步骤：读取审核");

        List<RunHistory.PastRun> runs = history.latest(10);
        assertThat(runs).extracting(RunHistory.PastRun::status).containsExactly(BatchStatus.COMPLETED, BatchStatus.STOPPED);
        assertThat(runs).extracting(RunHistory.PastRun::resumed).containsExactly(true, false);
        assertThat(runs).extracting(RunHistory.PastRun::storedThisTime).containsExactly(6L, 6L);
        assertThat(runs.get(0).files()).isEqualTo(new RunHistory.Files(12, 12, 0, 0, 0, 0, 0));

        assertThat(StoreContents.of(jdbc))
                .isEqualTo(TwelveTownships.storedByUninterruptedRun(temp.resolve("input"), temp.resolve("reference")));
    }

    /** Waits for the stop request to reach the job repository (the run itself is still held at the fifth file). */
    private void awaitStatusOtherThanStarted() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!"STARTED".equals(jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION").query(String.class).single())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The stop request never reached the job repository");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** What the schedule told its observer, one line per event. */
    static final class Recorder implements ScheduledIngest.Observer {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void started(Firing firing) {
            events.add("started " + firing.kind() + " " + year(firing));
        }

        @Override
        public void completed(Firing firing, IngestOutcome outcome) {
            events.add("completed " + firing.kind() + " " + year(firing));
        }

        @Override
        public void notCompleted(Firing firing, RuntimeException reason, boolean stopRequested) {
            events.add("notCompleted " + firing.kind() + " " + year(firing) + " " + reason.getClass().getSimpleName()
                    + " " + stopRequested);
        }

        @Override
        public void next(Optional<NextFiring> next) {
            events.add("next " + next.map(NextFiring::kind).orElse(null));
        }

        @Override
        public void stopping(boolean runInProgress) {
            events.add("stopping " + runInProgress);
        }

        @Override
        public void stopped() {
            events.add("stopped");
        }

        private static String year(Firing firing) {
            return firing.year() == null ? "all" : firing.year().toString();
        }
    }
}
