package cn.justice.yearbook.job;

import cn.justice.yearbook.store.IntakeRow;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.core.task.AsyncTaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads the pending files and has the worker pool read and review the next few ahead, handing them on
 * in the order they were found (without a pool, each file is reviewed here as it is read). The chunk itself stays sequential (listeners, one transaction, the
 * writer storing in order); only the reading of workbooks, which touches no database, runs side by side.
 * A file reviewed ahead but not yet stored is still pending in the intake table: a stopped or failed
 * step simply reads it again next time.
 */
class ReviewAheadReader implements ItemReader<ProcessedFile>, StepExecutionListener {

    private final ItemReader<IntakeRow> pending;
    private final ItemProcessor<IntakeRow, ProcessedFile> review;
    private final AsyncTaskExecutor workers;
    private final int ahead;
    private final Deque<Future<ProcessedFile>> queue = new ArrayDeque<>();
    private boolean exhausted;

    ReviewAheadReader(ItemReader<IntakeRow> pending, ItemProcessor<IntakeRow, ProcessedFile> review,
                      AsyncTaskExecutor workers, int ahead) {
        this.pending = pending;
        this.review = review;
        this.workers = workers;
        this.ahead = ahead;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        discardReadAhead();
        exhausted = false;
    }

    /** A stopped or failed step leaves files reviewed ahead: they are read again next time, not kept till then. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        discardReadAhead();
        return stepExecution.getExitStatus();
    }

    private void discardReadAhead() {
        queue.forEach(f -> f.cancel(true));
        queue.clear();
    }

    @Override
    public ProcessedFile read() throws Exception {
        while (!exhausted && queue.size() < ahead) {
            IntakeRow row = pending.read();
            if (row == null) {
                exhausted = true;
            } else {
                queue.add(workers == null ? CompletableFuture.completedFuture(review.process(row))
                        : workers.submit(() -> review.process(row)));
            }
        }
        Future<ProcessedFile> next = queue.poll();
        if (next == null) {
            return null;
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
