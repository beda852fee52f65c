package cn.justice.yearbook.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Past runs of the ingest job, newest first: each execution from the Spring Batch job repository, with what
 * became of the files of its run (the intake table; a restarted run shares its files with the attempts before).
 */
@Component
public class RunHistory {

    /**
     * One execution of the ingest job.
     *
     * @param resumed          it continued an earlier attempt of the same run (a restart)
     * @param storedThisTime   files this execution itself read and recorded, rejected ones included (step write counts)
     */
    public record PastRun(long executionId, long runId, LocalDateTime start, LocalDateTime end, BatchStatus status,
                          Integer year, boolean resumed, long storedThisTime, Files files) {
    }

    /**
     * The files of a run by what became of them.
     *
     * @param stored    read and stored (accepted, possibly with warnings or errors)
     * @param rejected  read, but the file could not be used
     * @param pending   not yet read: the run stopped or failed before them
     */
    public record Files(int seen, int stored, int rejected, int unchanged, int ignored, int deferred, int pending) {
        static final Files NONE = new Files(0, 0, 0, 0, 0, 0, 0);
    }

    private final JobRepository repository;
    private final JdbcClient jdbc;

    RunHistory(JobRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    public List<PastRun> latest(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        // an instance has at least one execution, so `limit` instances always hold `limit` executions if there are that many
        for (JobInstance instance : repository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, limit)) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        List<JobExecution> shown = executions.subList(0, Math.min(limit, executions.size()));
        Map<Long, Files> files = files(shown.stream().map(JobExecution::getJobInstanceId).distinct().toList());
        Map<Long, Long> firstOfInstance = new HashMap<>();
        executions.forEach(e -> firstOfInstance.merge(e.getJobInstanceId(), e.getId(), Math::min));
        return shown.stream().map(e -> {
            Long year = e.getJobParameters().getLong(JobParameterNames.YEAR);
            long stored = e.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
            return new PastRun(e.getId(), e.getJobInstanceId(), e.getStartTime(), e.getEndTime(), e.getStatus(),
                    year == null ? null : year.intValue(), firstOfInstance.get(e.getJobInstanceId()) != e.getId(),
                    stored, files.getOrDefault(e.getJobInstanceId(), Files.NONE));
        }).toList();
    }

    private Map<Long, Files> files(List<Long> instanceIds) {
        Map<Long, Files> result = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT i.job_instance_id, COUNT(*) AS seen,
                       SUM(CASE WHEN i.disposition = 'PROCESSED' AND s.status <> 'REJECTED' THEN 1 ELSE 0 END) AS stored,
                       SUM(CASE WHEN i.disposition = 'PROCESSED' AND s.status = 'REJECTED' THEN 1 ELSE 0 END) AS rejected,
                       SUM(CASE WHEN i.disposition = 'UNCHANGED' THEN 1 ELSE 0 END) AS unchanged,
                       SUM(CASE WHEN i.disposition = 'IGNORED' THEN 1 ELSE 0 END) AS ignored,
                       SUM(CASE WHEN i.disposition = 'DEFERRED' THEN 1 ELSE 0 END) AS deferred,
                       SUM(CASE WHEN i.disposition = 'PENDING' THEN 1 ELSE 0 END) AS pending
                FROM intake i LEFT JOIN submission s ON s.id = i.submission_id
                WHERE i.job_instance_id IN (:ids)
                GROUP BY i.job_instance_id
                """)
                .paramSource(new MapSqlParameterSource("ids", instanceIds))
                .query(rs -> {
                    result.put(rs.getLong("job_instance_id"), new Files(rs.getInt("seen"), rs.getInt("stored"),
                            rs.getInt("rejected"), rs.getInt("unchanged"), rs.getInt("ignored"), rs.getInt("deferred"),
                            rs.getInt("pending")));
                });
        return result;
    }
}
