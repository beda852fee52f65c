package cn.justice.yearbook.receipt;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.Disposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the receipt tables need from the store: every finding by submission, and files set aside. */
@Repository
class ReceiptRepository {

    /**
     * A file whose latest sighting did not make it a submission.
     *
     * @param sameAs the submission with the same bytes, relative to the drop folder, or null
     */
    record SetAsideRow(String relativePath, Disposition disposition, Integer folderYear, Instant seenAt, String sameAs,
                       Integer sameAsYear, String note) {
    }

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every finding of every submission, in the order review raised them. */
    Map<Long, List<Finding>> findingsBySubmission() {
        Map<Long, List<Finding>> findings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT submission_id, rule_id, severity, indicator_code, sheet_name, cell_ref, message, explained
                FROM finding ORDER BY submission_id, id
                """).query(rs -> {
            findings.computeIfAbsent(rs.getLong("submission_id"), k -> new ArrayList<>()).add(new Finding(
                    rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")), rs.getString("indicator_code"),
                    rs.getString("sheet_name"), rs.getString("cell_ref"), rs.getString("message"), rs.getBoolean("explained")));
        });
        return findings;
    }

    /**
     * For each path ever seen in the drop folder, its latest sighting, when that was not a submission of its own:
     * ignored, deferred, or the same bytes as a submission under another path. The time is when that run started.
     * The latest sighting is found in one pass over the intake: joined to a grouped subquery instead, H2 grouped
     * the whole intake again for each row, and a second run over 50,000 files did not finish in 6 minutes.
     */
    List<SetAsideRow> setAside() {
        return jdbc.sql("""
                SELECT i.relative_path, i.disposition, i.folder_year, i.note, runs.started, s.relative_path AS same_as,
                       s.report_year AS same_as_year
                FROM (SELECT intake.*, ROW_NUMBER() OVER (PARTITION BY relative_path ORDER BY id DESC) AS sighting
                      FROM intake) i
                LEFT JOIN (SELECT job_instance_id, MIN(create_time) AS started FROM batch_job_execution
                           GROUP BY job_instance_id) runs ON runs.job_instance_id = i.job_instance_id
                LEFT JOIN submission s ON s.checksum = i.checksum
                WHERE i.sighting = 1 AND i.disposition IN ('IGNORED', 'DEFERRED', 'UNCHANGED')
                  AND (s.relative_path IS NULL OR s.relative_path <> i.relative_path)
                ORDER BY i.relative_path
                """).query((rs, n) -> {
            Timestamp started = rs.getTimestamp("started");
            int folderYear = rs.getInt("folder_year");
            Integer folder = rs.wasNull() ? null : folderYear;
            int sameAsYear = rs.getInt("same_as_year");
            Integer sameYear = rs.wasNull() ? null : sameAsYear;
            return new SetAsideRow(rs.getString("relative_path"), Disposition.valueOf(rs.getString("disposition")), folder,
                    started == null ? null : started.toInstant(), rs.getString("same_as"), sameYear, rs.getString("note"));
        }).list();
    }
}
