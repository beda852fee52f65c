package cn.justice.yearbook.job;

import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.FileStability;
import cn.justice.yearbook.ingest.Sha256;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.store.Disposition;
import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.store.Repositories;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.testing.MigratedH2;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DiscoverTaskletTest {

    @TempDir
    Path input;

    private final DataSource dataSource = MigratedH2.latest("discover");
    private final IntakeRepository intake = Repositories.intake(dataSource);
    private final SubmissionRepository submissions = Repositories.submissions(dataSource);
    private final ThreadPoolTaskExecutor pool = Workers.pool(2);

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    /**
     * The intake is recorded a portion at a time while the workers checksum the next: a file with the content of an
     * earlier portion's file, or of a stored submission, is still known as such, and the rows are the same as when
     * everything is checksummed first on one thread.
     */
    @Test
    void recordsTheSameIntakeWhateverThePortions() throws Exception {
        write("2025/a.xlsx", "甲");
        write("2025/b.xlsx", "已入库");
        write("2025/c.xlsx", "丙");
        write("2025/d.xlsx", "甲");
        write("2025/e.xlsx", "戊");
        write("2025/f.xlsx", "丙");
        write("2025/~$e.xlsx", "锁");
        long stored = submissions.save(submission(Sha256.of(input.resolve("2025/b.xlsx"))), null, 9, Instant.now());

        run(1, new DiscoverTasklet(new DropFolderScanner(), stability(), intake, submissions, pool, -1, 2));
        run(2, new DiscoverTasklet(new DropFolderScanner(), stability(), intake, submissions, null, -1, 1000));

        List<IntakeRow> inPortions = intake.forJobInstance(1);
        assertThat(inPortions).extracting(IntakeRow::relativePath, IntakeRow::disposition, IntakeRow::submissionId, IntakeRow::note)
                .containsExactly(
                        tuple("2025/a.xlsx", Disposition.PENDING, null, null),
                        tuple("2025/b.xlsx", Disposition.UNCHANGED, stored, "same content as 2024/旧.xlsx"),
                        tuple("2025/c.xlsx", Disposition.PENDING, null, null),
                        tuple("2025/d.xlsx", Disposition.UNCHANGED, null, "same content as 2025/a.xlsx"),
                        tuple("2025/e.xlsx", Disposition.PENDING, null, null),
                        tuple("2025/f.xlsx", Disposition.UNCHANGED, null, "same content as 2025/c.xlsx"),
                        tuple("2025/~$e.xlsx", Disposition.IGNORED, null, "Office lock file"));
        for (IntakeRow row : inPortions) {
            String expected = row.disposition() == Disposition.IGNORED ? null : Sha256.of(input.resolve(row.relativePath()));
            assertThat(row.checksum()).as(row.relativePath()).isEqualTo(expected);
        }
        assertThat(intake.forJobInstance(2)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "jobInstanceId")
                .containsExactlyElementsOf(inPortions);
    }

    private void run(long instanceId, DiscoverTasklet tasklet) throws Exception {
        JobExecution job = new JobExecution(instanceId, new JobInstance(instanceId, "ingest"),
                new JobParametersBuilder().addString(JobParameterNames.INPUT, input.toString()).toJobParameters());
        StepExecution step = new StepExecution(instanceId, "discover", job);
        tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }

    private static FileStability stability() {
        return new FileStability(Duration.ZERO, Clock.systemUTC());
    }

    private void write(String relativePath, String content) throws Exception {
        Path file = input.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static ReviewedSubmission submission(String checksum) {
        DroppedFile file = new DroppedFile(Path.of("in/2024/旧.xlsx"), "旧.xlsx", "2024/旧.xlsx", 9,
                Instant.parse("2025-01-02T03:04:05Z"), checksum, 2024);
        WorkbookReading reading = new WorkbookReading(file, "表", new Township("东川镇", List.of()), 2024, List.of(), List.of());
        return new ReviewedSubmission(reading, List.of(), List.of(), SubmissionStatus.ACCEPTED);
    }
}
