package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport;

import java.nio.file.Path;

/**
 * A completed run of the ingest job.
 *
 * @param resumed whether it continued an earlier run that had stopped or failed
 */
public record IngestOutcome(long jobExecutionId, boolean resumed, RunReport report, Path reportFile) {
}
