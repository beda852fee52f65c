package cn.justice.yearbook.job;

import cn.justice.yearbook.config.ScheduleProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.ObjectProvider;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A scheduled firing that cannot get at the database because another program has the embedded H2 file is skipped
 * with that reason, even on {@code serve}'s first firing, which fails already while building the job; any other
 * database failure is reported as a failure.
 */
class ScheduledRunRefusedTest {

    @Test
    void theFirstFiringWhileAnotherProgramHasTheDatabaseIsSkippedWithThatReason() {
        // what the pool throws while the job's repository is built (as logged by `serve` with the H2 file held elsewhere)
        RuntimeException building = new BeanCreationException("ingestRunner", "Error creating bean with name 'jobRepository'",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms",
                        "90020", new SQLException("Database may be already in use: \"yearbook.mv.db\"", "90020", 90020)));

        RuntimeException reason = firstFiringFailingWith(building);

        assertThat(reason).isInstanceOf(RunInProgressException.class).hasMessage(RunInProgressException.DATABASE_IN_USE)
                .hasRootCauseMessage("Database may be already in use: \"yearbook.mv.db\"");
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsTheFiring() {
        RuntimeException building = new BeanCreationException("ingestRunner", "Error creating bean with name 'jobRepository'",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms",
                        "08001", new SQLException("Connection to localhost:5432 refused", "08001")));

        RuntimeException reason = firstFiringFailingWith(building);

        assertThat(reason).isSameAs(building);
    }

    @Test
    void aLockTimeoutWhileTheRunIsUnderWayFailsTheFiringRatherThanSkippingIt() {
        // the run lock is held by then: a lock timeout inside the job is a failure of this run, not another run's turn
        RuntimeException midRun = new IllegalStateException("Step [ingest] failed",
                new SQLException("Timeout trying to lock table \"SUBMISSION\"", "HYT00", 50200));
        IngestRunner runner = mock(IngestRunner.class);
        when(runner.run(null)).thenThrow(midRun);

        RuntimeException reason = firstFiringFailingWith(provider -> when(provider.getObject()).thenReturn(runner));

        assertThat(reason).isSameAs(midRun);
    }

    private static RuntimeException firstFiringFailingWith(RuntimeException failure) {
        return firstFiringFailingWith(provider -> when(provider.getObject()).thenThrow(failure));
    }

    @SuppressWarnings("unchecked")
    private static RuntimeException firstFiringFailingWith(Consumer<ObjectProvider<IngestRunner>> job) {
        ObjectProvider<IngestRunner> runner = mock(ObjectProvider.class);
        job.accept(runner);
        RunningExecution running = new RunningExecution(mock(ObjectProvider.class), mock(ObjectProvider.class));
        ScheduledIngest scheduled = new ScheduledIngest(runner, running,
                new ScheduleProperties("-", "-", "", Duration.ofSeconds(5)), Clock.systemUTC());
        List<RuntimeException> reasons = new ArrayList<>();
        List<Boolean> stopRequested = new ArrayList<>();
        scheduled.start(new ScheduledIngest.Observer() {
            @Override
            public void notCompleted(ScheduledIngest.Firing firing, RuntimeException reason, boolean stop) {
                reasons.add(reason);
                stopRequested.add(stop);
            }
        });
        try {
            scheduled.fire(ScheduledIngest.Kind.ROUTINE);
        } finally {
            scheduled.stop();
        }
        assertThat(stopRequested).containsExactly(false);
        return reasons.get(0);
    }
}
