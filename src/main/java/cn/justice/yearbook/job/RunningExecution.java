package cn.justice.yearbook.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Knows the ingest job execution this process is running, so that a shutdown can ask it to stop: it then
 * finishes the chunk of files it is on, records itself STOPPED, and the next run continues it (a restart).
 *
 * <p>The request goes through {@link JobOperator#stop}, given a copy of the execution without its step
 * executions. With them, the operator would also write the running step's row from this thread while the job's
 * own thread commits a chunk to it, and one of the two would fail on the row's version (spring-batch
 * issues 5120, 5308). Without them it only marks the job execution; the running step sees the mark when it
 * next commits a chunk and stops there.
 */
@Component
public class RunningExecution implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunningExecution.class);

    private final ObjectProvider<JobOperator> operator;
    private final ObjectProvider<JobRepository> repository;
    private volatile JobExecution current;
    private volatile boolean stopRequested;

    RunningExecution(ObjectProvider<JobOperator> operator, ObjectProvider<JobRepository> repository) {
        this.operator = operator;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        current = execution;
        if (stopRequested) {
            // asked to stop between taking the run lock and starting: stop before the first step
            log.info("Stop requested before job execution {} began; stopping it at once", execution.getId());
            execution.setStatus(BatchStatus.STOPPING);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        current = null;
    }

    /**
     * Asks the execution running in this process, if any, to stop; also one that is about to begin.
     * Returns at once: the job stops at its next chunk boundary.
     */
    public void requestStop() {
        stopRequested = true;
        JobExecution running = current;
        if (running == null) {
            return;
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            JobExecution stored = repository.getObject().getJobExecution(running.getId());
            if (stored == null || !stored.isRunning() || stored.getStatus() == BatchStatus.STOPPING) {
                return;
            }
            try {
                operator.getObject().stop(withoutSteps(stored));
                log.info("Asked job execution {} to stop", stored.getId());
                return;
            } catch (JobExecutionNotRunningException e) {
                return;
            } catch (OptimisticLockingFailureException e) {
                // the job updated its own row at that moment (a step began or ended): read it again
                log.debug("Stop of job execution {} raced with its own update; retrying", stored.getId(), e);
            }
        }
        log.warn("Could not mark job execution {} for stopping", running.getId());
    }

    /** Forgets a stop request once the run it was meant for is over (or never began). */
    void clearStopRequest() {
        stopRequested = false;
    }

    private static JobExecution withoutSteps(JobExecution stored) {
        JobExecution copy = new JobExecution(stored.getId(), stored.getJobInstance(), stored.getJobParameters());
        copy.setVersion(stored.getVersion());
        copy.setStatus(stored.getStatus());
        copy.setExitStatus(stored.getExitStatus());
        copy.setCreateTime(stored.getCreateTime());
        copy.setStartTime(stored.getStartTime());
        copy.setLastUpdated(stored.getLastUpdated());
        copy.setExecutionContext(stored.getExecutionContext());
        return copy;
    }
}
