package cn.justice.yearbook.job;

import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.ingest.DropFolderScanner.FoundFile;
import cn.justice.yearbook.ingest.FileStability;
import cn.justice.yearbook.ingest.Sha256;
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

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Step 1: records every file in the drop folder as this run's intake, so nothing dropped goes
 * unaccounted: lock and temporary files as ignored, bytes seen before as unchanged, the rest pending.
 * On a restart the intake already exists and is kept as it was.
 */
class DiscoverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);
    private static final int FILES_PER_PORTION = 500;

    private final DropFolderScanner scanner;
    private final FileStability stability;
    private final IntakeRepository intake;
    private final SubmissionRepository submissions;
    private final AsyncTaskExecutor workers;
    private final int nativeChecksumsFrom;
    private final int filesPerPortion;

    /**
     * @param workers             the pool that checksums the files, or null to do it on the step's thread
     * @param nativeChecksumsFrom from this many files the native SHA-256 is loaded first (negative: never)
     */
    DiscoverTasklet(DropFolderScanner scanner, FileStability stability, IntakeRepository intake,
                    SubmissionRepository submissions, AsyncTaskExecutor workers, int nativeChecksumsFrom) {
        this(scanner, stability, intake, submissions, workers, nativeChecksumsFrom, FILES_PER_PORTION);
    }

    DiscoverTasklet(DropFolderScanner scanner, FileStability stability, IntakeRepository intake,
                    SubmissionRepository submissions, AsyncTaskExecutor workers, int nativeChecksumsFrom,
                    int filesPerPortion) {
        this.scanner = scanner;
        this.stability = stability;
        this.intake = intake;
        this.submissions = submissions;
        this.workers = workers;
        this.nativeChecksumsFrom = nativeChecksumsFrom;
        this.filesPerPortion = filesPerPortion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = jobExecution.getJobInstanceId();
        if (intake.hasRows(instanceId)) {
            log.info("Intake of job instance {} already recorded; resuming", instanceId);
            return RepeatStatus.FINISHED;
        }
        JobParameters parameters = jobExecution.getJobParameters();
        Path input = Path.of(parameters.getString(JobParameterNames.INPUT));
        Long year = parameters.getLong(JobParameterNames.YEAR);
        List<FoundFile> found = scanner.scan(input, year == null ? null : year.intValue());
        Set<FoundFile> changing = stability.stillChanging(found);
        if (nativeChecksumsFrom >= 0 && found.size() >= nativeChecksumsFrom) {
            Sha256.useNative(); // once per JVM, before any checksum, so that a run's checksums all come from one
        }
        // checksummed by the workers side by side (a prefecture's drop folder holds thousands), a portion at a time,
        // so that this thread records one portion's intake while they checksum the next
        List<List<FoundFile>> slices = new ArrayList<>();
        for (int from = 0; from < found.size(); from += filesPerPortion) {
            slices.add(found.subList(from, Math.min(found.size(), from + filesPerPortion)));
        }
        List<Workers.Running<String>> portions = new ArrayList<>(slices.size());
        for (List<FoundFile> slice : slices) {
            portions.add(Workers.start(workers, slice.stream().<Callable<String>>map(file -> () ->
                    file.ignoredBecause() == null && !changing.contains(file) ? checksum(file) : null).toList()));
        }
        Map<String, String> seenInRun = new HashMap<>();
        for (int p = 0; p < slices.size(); p++) {
            intake.insertAll(rows(instanceId, slices.get(p), Workers.awaitInTurn(portions, p), changing, seenInRun));
        }
        log.info("Found {} files in {}; checksums by {}", found.size(), input.toAbsolutePath(), Sha256.implementation());
        return RepeatStatus.FINISHED;
    }

    /** The intake rows of a portion of files, in order, with the stored submissions of its checksums looked up at once. */
    private List<IntakeRow> rows(long instanceId, List<FoundFile> files, List<String> checksums, Set<FoundFile> changing,
                                 Map<String, String> seenInRun) {
        Map<String, StoredSubmission> stored = submissions.findByChecksums(checksums.stream().filter(Objects::nonNull).toList());
        List<IntakeRow> rows = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            FoundFile file = files.get(i);
            rows.add(changing.contains(file)
                    ? row(instanceId, file, null, Disposition.DEFERRED, null, "still being copied or written")
                    : toIntake(instanceId, file, checksums.get(i), stored, seenInRun));
        }
        return rows;
    }

    private static String checksum(FoundFile file) {
        try {
            return Sha256.of(file.path());
        } catch (UncheckedIOException e) {
            log.warn("Cannot read {} to checksum it: {}", file.relativePath(), e.getMessage());
            // still pending: reading it again will fail and report it to staff as unreadable
            return "unreadable:" + Integer.toHexString((file.relativePath() + file.size() + file.modified()).hashCode());
        }
    }

    private static IntakeRow toIntake(long instanceId, FoundFile file, String checksum,
                                      Map<String, StoredSubmission> stored, Map<String, String> seenInRun) {
        if (file.ignoredBecause() != null) {
            return row(instanceId, file, null, Disposition.IGNORED, null, file.ignoredBecause());
        }
        StoredSubmission earlier = stored.get(checksum);
        if (earlier != null) {
            return row(instanceId, file, checksum, Disposition.UNCHANGED, earlier.id(),
                    "same content as " + earlier.relativePath());
        }
        String twin = seenInRun.putIfAbsent(checksum, file.relativePath());
        if (twin != null) {
            return row(instanceId, file, checksum, Disposition.UNCHANGED, null, "same content as " + twin);
        }
        return row(instanceId, file, checksum, Disposition.PENDING, null, null);
    }

    private static IntakeRow row(long instanceId, FoundFile file, String checksum, Disposition disposition,
                                 Long submissionId, String note) {
        return IntakeRow.found(instanceId, file.relativePath(), file.name(), file.size(), file.modified(), checksum,
                file.folderYear(), disposition, submissionId, note);
    }
}
