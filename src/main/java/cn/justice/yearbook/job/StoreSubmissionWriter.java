package cn.justice.yearbook.job;

import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.SubmissionRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.Instant;

/** Stores reviewed submissions and marks their files processed, in the chunk's one transaction. */
class StoreSubmissionWriter implements ItemWriter<ProcessedFile>, StepExecutionListener {

    private final SubmissionRepository submissions;
    private final IntakeRepository intake;
    private final Clock clock;
    private long jobInstanceId;

    StoreSubmissionWriter(SubmissionRepository submissions, IntakeRepository intake, Clock clock) {
        this.submissions = submissions;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) {
        Instant now = clock.instant();
        for (ProcessedFile file : chunk) {
            long id = submissions.save(file.reviewed(), file.county(), jobInstanceId, now);
            intake.markProcessed(file.intake().id(), id);
        }
    }
}
