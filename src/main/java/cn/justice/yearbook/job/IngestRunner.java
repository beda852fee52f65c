package cn.justice.yearbook.job;

import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.launch.FastStart;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunReportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Runs the ingest job for the drop folder: continues the last run if it stopped or failed part-way
 * (Spring Batch restart, from what the store holds), otherwise starts a new one.
 */
@Component
public class IngestRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job ingestJob;
    private final YearbookProperties properties;
    private final RunReportBuilder reports;
    private final OutputLayout layout;
    private final RunLock lock;

    IngestRunner(JobOperator operator, JobRepository repository, Job ingestJob, YearbookProperties properties,
                 RunReportBuilder reports, OutputLayout layout, RunLock lock) {
        this.operator = operator;
        this.repository = repository;
        this.ingestJob = ingestJob;
        this.properties = properties;
        this.reports = reports;
        this.layout = layout;
        this.lock = lock;
    }

    /**
     * @param year only this year's files, or null for every year in the drop folder
     * @throws RunInProgressException when another run is going on
     */
    public IngestOutcome run(Integer year) {
        Path input = properties.input().toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            throw new RunFailedException("报送文件夹不存在：" + input, null);
        }
        try (RunLock.Held held = lock.acquire()) {
            log.info("Java {}, heap at most {} MiB, {}", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                    FastStart.howStarted());
            return runLocked(input, year);
        }
    }

    private IngestOutcome runLocked(Path input, Integer year) {
        JobExecution unfinished = unfinishedRun(input, year);
        JobExecution execution;
        try {
            if (unfinished != null) {
                log.info("Resuming job execution {} ({})", unfinished.getId(), unfinished.getStatus());
                execution = operator.restart(unfinished);
            } else {
                JobParametersBuilder builder = new JobParametersBuilder()
                        .addLong(JobParameterNames.RUN_ID, System.currentTimeMillis())
                        .addString(JobParameterNames.INPUT, input.toString(), false);
                if (year != null) {
                    builder.addLong(JobParameterNames.YEAR, year.longValue(), false);
                }
                JobParameters parameters = builder.toJobParameters();
                execution = operator.start(ingestJob, parameters);
            }
        } catch (Exception e) {
            throw new RunFailedException("无法启动处理任务：" + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new RunFailedException("处理任务未完成（状态 " + execution.getStatus() + "）"
                    + (cause == null ? "" : "：" + rootMessage(cause)) + "。再次运行将从中断处继续。", cause);
        }
        RunReport report = reports.build(execution.getJobInstanceId(), input.toString(), year,
                PublishedYearbook.load(execution.getExecutionContext()));
        Path reportFile = layout.reportsDir().resolve("run-" + execution.getJobInstanceId() + ".json");
        return new IngestOutcome(execution.getId(), unfinished != null, report, reportFile, layout.root());
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private JobExecution unfinishedRun(Path input, Integer year) {
        JobInstance last = repository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = repository.getLastJobExecution(last);
        if (execution != null && execution.isRunning()) {
            // we hold the run lock, so nobody is running it: its process was killed or lost power
            log.warn("Job execution {} was left {} by a process that ended abruptly; recovering it", execution.getId(),
                    execution.getStatus());
            execution = operator.recover(execution);
        }
        if (execution == null || (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED)) {
            return null;
        }
        JobParameters parameters = execution.getJobParameters();
        Long lastYear = parameters.getLong(JobParameterNames.YEAR);
        boolean same = input.toString().equals(parameters.getString(JobParameterNames.INPUT))
                && Objects.equals(year == null ? null : year.longValue(), lastYear);
        return same ? execution : null;
    }
}
