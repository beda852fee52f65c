package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A completed run of the ingest job.
 *
 * @param resumed whether it continued an earlier run that had stopped or failed
 */
public record IngestOutcome(long jobExecutionId, boolean resumed, RunReport report, Path reportFile, Path outputRoot) {

    /** The yearbook PDF the run published, if it published one. */
    public Optional<Path> yearbookPdf() {
        return Optional.ofNullable(report.yearbook()).map(p -> outputRoot.resolve(p.pdf()));
    }

    public Optional<Path> yearbookWorkbook() {
        return Optional.ofNullable(report.yearbook()).map(p -> outputRoot.resolve(p.workbook()));
    }
}
