package cn.justice.yearbook.job;

import cn.justice.yearbook.aggregate.CountyAggregator;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.CountyLocator;
import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.ingest.FileStability;
import cn.justice.yearbook.ingest.WorkbookReader;
import cn.justice.yearbook.receipt.Receipts;
import cn.justice.yearbook.render.pdf.YearbookPdfRenderer;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;
import cn.justice.yearbook.render.workbook.FeedbackWorkbookWriter;
import cn.justice.yearbook.report.RunReportBuilder;
import cn.justice.yearbook.report.RunReportWriter;
import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.validate.CrossSubmissionReview;
import cn.justice.yearbook.validate.SubmissionValidator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The ingest job: discover → read, review and store (one chunk of files per transaction) →
 * cross review → yearbook → feedback. Restartable: each step resumes from what the store already holds.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingestJob";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step discover, Step ingest, Step crossReview, Step yearbook,
                  Step feedback) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(discover)
                .next(ingest)
                .next(crossReview)
                .next(yearbook)
                .next(feedback)
                .build();
    }

    /** Reads and reviews workbooks, and writes yearbooks and feedback workbooks, side by side. */
    @Bean
    ThreadPoolTaskExecutor workers(YearbookProperties properties) {
        return Workers.pool(Workers.count(properties.ingest().threads()));
    }

    @Bean
    Step discover(JobRepository jobRepository, PlatformTransactionManager tx, IntakeRepository intake,
                  SubmissionRepository submissions, YearbookProperties properties, Clock clock,
                  ThreadPoolTaskExecutor workers) {
        FileStability stability = new FileStability(properties.ingest().stableAfter(), clock);
        return new StepBuilder("discover", jobRepository)
                .tasklet(new DiscoverTasklet(new DropFolderScanner(), stability, intake, submissions, parallel(workers),
                        properties.ingest().nativeChecksumsFrom()), tx)
                .build();
    }

    @Bean
    Step ingest(JobRepository jobRepository, PlatformTransactionManager tx, IntakeRepository intake,
                SubmissionRepository submissions, WorkbookReader reader, SubmissionValidator validator,
                CountyLocator counties, YearbookProperties properties, Clock clock, ThreadPoolTaskExecutor workers) {
        PendingFileReader pending = new PendingFileReader(intake);
        ReviewFileProcessor processor = new ReviewFileProcessor(reader, validator, counties);
        StoreSubmissionWriter writer = new StoreSubmissionWriter(submissions, intake, clock);
        // with more than one thread, the workers read and review the next files while the chunk in hand is stored:
        // two chunks ahead, so they are not left idle while this thread stores a whole chunk
        ThreadPoolTaskExecutor pool = parallel(workers);
        int chunk = properties.ingest().chunkSize();
        ReviewAheadReader ahead = new ReviewAheadReader(pending, processor, pool,
                pool == null ? 1 : Math.max(2 * chunk, 2 * pool.getMaxPoolSize()));
        return new StepBuilder("ingest", jobRepository)
                .<ProcessedFile, ProcessedFile>chunk(chunk)
                .transactionManager(tx)
                .reader(ahead)
                .writer(writer)
                .listener(pending)
                .listener(processor)
                .listener(ahead)
                .listener(writer)
                .build();
    }

    @Bean
    Step crossReview(JobRepository jobRepository, PlatformTransactionManager tx, SubmissionRepository submissions,
                     CrossSubmissionReview review) {
        return new StepBuilder("crossReview", jobRepository)
                .tasklet(new CrossReviewTasklet(submissions, review), tx)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step yearbook(JobRepository jobRepository, PlatformTransactionManager tx, CountyAggregator aggregator,
                  ObjectProvider<YearbookPdfRenderer> pdf, CompanionWorkbookWriter companion, OutputLayout layout,
                  ThreadPoolTaskExecutor workers) {
        return new StepBuilder("yearbook", jobRepository)
                .tasklet(new YearbookTasklet(aggregator, pdf, companion, layout, parallel(workers)), tx)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step feedback(JobRepository jobRepository, PlatformTransactionManager tx, IntakeRepository intake,
                  SubmissionRepository submissions, FeedbackWorkbookWriter feedback, RunReportBuilder reports,
                  RunReportWriter reportWriter, Receipts receipts, ThreadPoolTaskExecutor workers) {
        return new StepBuilder("feedback", jobRepository)
                .tasklet(new FeedbackTasklet(intake, submissions, feedback, reports, reportWriter, receipts,
                        parallel(workers)), tx)
                .build();
    }

    /** The pool when it has more than one thread, else null: tasks then run on the step's own thread. */
    private static ThreadPoolTaskExecutor parallel(ThreadPoolTaskExecutor workers) {
        return workers.getMaxPoolSize() > 1 ? workers : null;
    }
}
