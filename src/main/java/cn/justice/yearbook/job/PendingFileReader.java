package cn.justice.yearbook.job;

import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.IntakeRow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

import java.util.Iterator;

/**
 * Reads the files of this run still pending. Progress lives in the intake table (a file becomes
 * PROCESSED in the same transaction that stores its submission), so a restarted step simply picks up
 * what is still pending and no file is stored twice.
 */
class PendingFileReader implements ItemReader<IntakeRow>, StepExecutionListener {

    private final IntakeRepository intake;
    private long jobInstanceId;
    private Iterator<IntakeRow> pending;

    PendingFileReader(IntakeRepository intake) {
        this.intake = intake;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
        pending = null;
    }

    @Override
    public IntakeRow read() {
        if (pending == null) {
            pending = intake.pending(jobInstanceId).iterator();
        }
        return pending.hasNext() ? pending.next() : null;
    }
}
