package cn.justice.yearbook.job;

import cn.justice.yearbook.config.ScheduleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the ingest job on the schedules of {@code yearbook.schedule.*} for {@code serve}: the routine run over
 * the whole drop folder, and the yearbook run for the previous year. Runs never overlap: one that fires while
 * another is going on, here or in another process, is refused by the run lock and skipped.
 *
 * <p>Started by {@code serve} only. When the application shuts down (Ctrl-C, a service stop), no further run
 * begins, a run in progress is asked to stop and is waited for: it finishes its current chunk of files and is
 * recorded STOPPED, and the next run continues it.
 */
@Component
public class ScheduledIngest implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledIngest.class);

    /** Which schedule fired. */
    public enum Kind {
        ROUTINE, YEARBOOK
    }

    /** One firing of a schedule; year is the ingest job's year parameter, null for every year. */
    public record Firing(Kind kind, Integer year) {
    }

    /** The next time a schedule fires. */
    public record NextFiring(Kind kind, ZonedDateTime at) {
    }

    /** What the person who started {@code serve} is told; every call comes from a scheduler thread or the shutdown. */
    public interface Observer {
        default void started(Firing firing) {
        }

        default void completed(Firing firing, IngestOutcome outcome) {
        }

        /** Refused (another run holds the lock), failed, or stopped because the application is shutting down. */
        default void notCompleted(Firing firing, RuntimeException reason, boolean stopRequested) {
        }

        default void next(Optional<NextFiring> next) {
        }

        default void stopping(boolean runInProgress) {
        }

        default void stopped() {
        }
    }

    /** Looked up when a schedule fires: built with the context, this would build the whole job for every command. */
    private final ObjectProvider<IngestRunner> runner;
    private final RunningExecution running;
    private final ScheduleProperties properties;
    private final Clock clock;
    private final Object monitor = new Object();
    private final List<ScheduledFuture<?>> futures = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;
    private Observer observer;
    private boolean started;
    private boolean stopping;
    private int active;

    ScheduledIngest(ObjectProvider<IngestRunner> runner, RunningExecution running, ScheduleProperties properties, Clock clock) {
        this.runner = runner;
        this.running = running;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts the schedules; returns at once. */
    public void start(Observer observer) {
        synchronized (monitor) {
            if (started) {
                return;
            }
            this.observer = observer;
            scheduler = new ThreadPoolTaskScheduler();
            // two threads, so that the two schedules firing together meet at the run lock rather than queue
            scheduler.setPoolSize(2);
            scheduler.setThreadNamePrefix("schedule-");
            scheduler.initialize();
            schedule(Kind.ROUTINE, properties.routine());
            schedule(Kind.YEARBOOK, properties.yearbook());
            started = true;
            stopping = false;
            log.info("Schedules started: routine '{}', yearbook '{}', zone {}", properties.cron(), properties.yearbookCron(),
                    properties.zoneId());
        }
        observer.next(next());
    }

    private void schedule(Kind kind, Optional<CronExpression> cron) {
        cron.ifPresent(expression -> futures.add(scheduler.schedule(() -> fire(kind),
                new CronTrigger(expression.toString(), properties.zoneId()))));
    }

    /** When each schedule fires next, the earliest first. */
    public Optional<NextFiring> next() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.zoneId()));
        List<NextFiring> next = new ArrayList<>();
        properties.routine().map(c -> c.next(now)).ifPresent(at -> next.add(new NextFiring(Kind.ROUTINE, at)));
        properties.yearbook().map(c -> c.next(now)).ifPresent(at -> next.add(new NextFiring(Kind.YEARBOOK, at)));
        return next.stream().min(Comparator.comparing(NextFiring::at));
    }

    void fire(Kind kind) {
        synchronized (monitor) {
            if (!started || stopping) {
                return;
            }
            active++;
        }
        Integer year = kind == Kind.YEARBOOK ? ZonedDateTime.now(clock.withZone(properties.zoneId())).getYear() - 1 : null;
        Firing firing = new Firing(kind, year);
        try {
            log.info("Scheduled {} run begins (year {})", kind, year == null ? "all" : year);
            observer.started(firing);
            IngestOutcome outcome = runner.getObject().run(year);
            log.info("Scheduled {} run completed: job execution {}", kind, outcome.jobExecutionId());
            observer.completed(firing, outcome);
        } catch (RuntimeException e) {
            // refused at the lock, or before it: the first firing builds the job, which already opens the database
            Optional<RunInProgressException> refused = RunInProgressException.in(e);
            boolean stopRequested;
            synchronized (monitor) {
                stopRequested = stopping;
            }
            if (refused.isPresent()) {
                log.warn("Scheduled {} run skipped: another run holds the run lock, or another program the database", kind);
                observer.notCompleted(firing, refused.get(), false);
            } else if (stopRequested) {
                log.info("Scheduled {} run stopped for shutdown: {}", kind, e.getMessage());
                observer.notCompleted(firing, e, true);
            } else {
                log.error("Scheduled {} run failed", kind, e);
                observer.notCompleted(firing, e, false);
            }
        } finally {
            synchronized (monitor) {
                if (--active == 0) {
                    // a stop request is for the runs in progress; none is left for it
                    running.clearStopRequest();
                }
                monitor.notifyAll();
            }
        }
        if (isRunning()) {
            observer.next(next());
        }
    }

    /** Stops the schedules; a run in progress is asked to stop and waited for (up to yearbook.schedule.stop-timeout). */
    @Override
    public void stop() {
        boolean busy;
        synchronized (monitor) {
            if (!started || stopping) {
                return;
            }
            stopping = true;
            futures.forEach(f -> f.cancel(false));
            futures.clear();
            busy = active > 0;
        }
        log.info("Stopping schedules{}", busy ? "; asking the run in progress to stop" : "");
        observer.stopping(busy);
        if (busy) {
            running.requestStop();
            awaitIdle();
        }
        scheduler.shutdown();
        synchronized (monitor) {
            started = false;
            monitor.notifyAll();
        }
        log.info("Schedules stopped");
        observer.stopped();
    }

    private void awaitIdle() {
        long deadline = System.nanoTime() + properties.stopTimeout().toNanos();
        synchronized (monitor) {
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("The run in progress did not stop within {}; exiting anyway. The next run continues it.",
                            properties.stopTimeout());
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Blocks the calling thread until the schedules have been stopped (by the application shutting down). */
    public void awaitStop() throws InterruptedException {
        synchronized (monitor) {
            while (started) {
                monitor.wait();
            }
        }
    }

    /** Starts the schedules with nobody to tell but the log (serve passes an observer that prints). */
    @Override
    public void start() {
        start(SILENT);
    }

    private static final Observer SILENT = new Observer() {
    };

    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public boolean isRunning() {
        synchronized (monitor) {
            return started && !stopping;
        }
    }
}
