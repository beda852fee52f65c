package cn.justice.yearbook.job;

import cn.justice.yearbook.config.ProgressProperties;
import cn.justice.yearbook.finding.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Tells the person at the console where a run is: one line as each step begins, and during the steps that
 * work through the files of the run's intake, "文件 120/500，当前步骤：读取审核" at most once per
 * {@code yearbook.progress.interval}. Counts come from the intake table, so a resumed run counts the files its
 * earlier attempt stored too. Staff-facing lines only; the log has its own.
 */
@Component
public class ConsoleProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);

    private final JdbcClient jdbc;
    private final ProgressProperties properties;
    private final Clock clock;
    private volatile PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    private StepExecution step;
    private Instant lastLine = Instant.MIN;
    private long lastDone = -1;
    private boolean chunked;

    ConsoleProgress(JdbcClient jdbc, ProgressProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Where the lines go; standard output unless a command says otherwise. */
    public void printTo(PrintWriter writer) {
        this.out = writer;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        lastDone = -1;
        chunked = false;
        lastLine = clock.instant();
        out.println(Messages.get("progress.step", stepLabel(stepExecution.getStepName())));
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        chunked = true;
        if (step != null && !clock.instant().isBefore(lastLine.plus(properties.interval()))) {
            printFiles();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (chunked) {
            printFiles();
        }
        step = null;
        return null;
    }

    private void printFiles() {
        Counts counts = jdbc.sql("""
                SELECT SUM(CASE WHEN disposition = 'PROCESSED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN disposition IN ('PROCESSED', 'PENDING') THEN 1 ELSE 0 END)
                FROM intake WHERE job_instance_id = ?""")
                .param(step.getJobExecution().getJobInstanceId())
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
        lastLine = clock.instant();
        if (counts.done() == lastDone) {
            return;
        }
        lastDone = counts.done();
        out.println(Messages.get("progress.files", counts.done(), counts.total(), stepLabel(step.getStepName())));
        log.info("Progress: {}/{} files, step {}", counts.done(), counts.total(), step.getStepName());
    }

    /** The step's name as staff read it; a step without one in the message catalogue shows its own name. */
    static String stepLabel(String stepName) {
        String key = "progress.step." + stepName;
        return Messages.has(key) ? Messages.get(key) : stepName;
    }

    private record Counts(long done, long total) {
    }
}
