package cn.justice.yearbook.job;

import cn.justice.yearbook.receipt.Receipts;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.render.workbook.FeedbackWorkbookWriter;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunReportBuilder;
import cn.justice.yearbook.report.RunReportWriter;
import cn.justice.yearbook.store.Disposition;
import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.store.SubmissionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 5: a feedback workbook for every file of this run, and a fresh one for every current
 * submission of the years this run touched (a new township's figures can change what its peers are
 * told); then a quarantine copy of each rejected file, the receipt tables and the run report.
 * Output files are replaced whole, so rerunning the step is harmless.
 */
class FeedbackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FeedbackTasklet.class);

    private final IntakeRepository intake;
    private final SubmissionRepository submissions;
    private final FeedbackWorkbookWriter feedback;
    private final RunReportBuilder reports;
    private final RunReportWriter reportWriter;
    private final Receipts receipts;
    private final AsyncTaskExecutor workers;

    FeedbackTasklet(IntakeRepository intake, SubmissionRepository submissions, FeedbackWorkbookWriter feedback,
                    RunReportBuilder reports, RunReportWriter reportWriter, Receipts receipts, AsyncTaskExecutor workers) {
        this.intake = intake;
        this.submissions = submissions;
        this.feedback = feedback;
        this.reports = reports;
        this.reportWriter = reportWriter;
        this.receipts = receipts;
        this.workers = workers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = jobExecution.getJobInstanceId();
        JobParameters parameters = jobExecution.getJobParameters();
        Path input = Path.of(parameters.getString(JobParameterNames.INPUT));

        Map<Long, StoredSubmission> targets = new LinkedHashMap<>();
        for (IntakeRow row : intake.forJobInstance(instanceId)) {
            if (row.disposition() == Disposition.PROCESSED && row.submissionId() != null) {
                submissions.find(row.submissionId()).ifPresent(s -> targets.put(s.id(), s));
            }
        }
        Set<Integer> years = targets.values().stream().map(StoredSubmission::year)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        submissions.current().stream().filter(s -> years.contains(s.year())).forEach(s -> targets.putIfAbsent(s.id(), s));

        // the store is read here, on the step's thread; only the workbooks are written side by side
        List<Callable<Path>> writes = new ArrayList<>();
        for (StoredSubmission s : targets.values()) {
            String replacedBy = s.supersededBy() == null ? null
                    : submissions.find(s.supersededBy()).map(StoredSubmission::relativePath).orElse(null);
            List<Finding> findings = submissions.findings(s.id());
            writes.add(() -> feedback.write(s, input.resolve(s.relativePath()), findings, replacedBy));
        }
        Workers.Running<Path> feedbackWrites = Workers.start(workers, writes);
        try {
            receipts.publish(input); // on this thread, while the workers write the feedback
        } catch (Throwable publishFailure) {
            try {
                feedbackWrites.await();
            } catch (Exception writeFailure) {
                writeFailure.addSuppressed(publishFailure); // both reach the log, neither is lost
                throw writeFailure;
            }
            throw publishFailure;
        }
        feedbackWrites.await();
        Long year = parameters.getLong(JobParameterNames.YEAR);
        RunReport report = reports.build(instanceId, input.toString(), year == null ? null : year.intValue(),
                PublishedYearbook.load(jobExecution.getExecutionContext()));
        Path written = reportWriter.write(report);
        log.info("Wrote {} feedback workbooks and run report {}", targets.size(), written);
        return RepeatStatus.FINISHED;
    }
}
