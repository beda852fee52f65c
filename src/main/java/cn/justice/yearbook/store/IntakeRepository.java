package cn.justice.yearbook.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

@Repository
public class IntakeRepository {

    private static final int ROWS_PER_BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IntakeRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public boolean hasRows(long jobInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM intake WHERE job_instance_id = ?").param(jobInstanceId)
                .query(Long.class).single() > 0;
    }

    /** Records a run's intake, in order: one batch, as a prefecture's drop folder holds thousands of files. */
    public void insertAll(List<IntakeRow> rows) {
        template.batchUpdate("""
                INSERT INTO intake (job_instance_id, relative_path, file_name, file_size, file_modified, checksum,
                                    folder_year, disposition, submission_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, ROWS_PER_BATCH, (ps, row) -> {
            ps.setLong(1, row.jobInstanceId());
            ps.setString(2, row.relativePath());
            ps.setString(3, row.fileName());
            ps.setLong(4, row.size());
            ps.setTimestamp(5, Timestamp.from(row.modified()));
            ps.setString(6, row.checksum());
            ps.setObject(7, row.folderYear(), Types.INTEGER);
            ps.setString(8, row.disposition().name());
            ps.setObject(9, row.submissionId(), Types.BIGINT);
            ps.setString(10, row.note());
        });
    }

    public List<IntakeRow> forJobInstance(long jobInstanceId) {
        return jdbc.sql("SELECT * FROM intake WHERE job_instance_id = ? ORDER BY id").param(jobInstanceId)
                .query(IntakeRepository::map).list();
    }

    public List<IntakeRow> pending(long jobInstanceId) {
        return jdbc.sql("SELECT * FROM intake WHERE job_instance_id = ? AND disposition = 'PENDING' ORDER BY id")
                .param(jobInstanceId).query(IntakeRepository::map).list();
    }

    public void markProcessed(long intakeId, long submissionId) {
        jdbc.sql("UPDATE intake SET disposition = 'PROCESSED', submission_id = ? WHERE id = ?")
                .params(submissionId, intakeId).update();
    }

    private static IntakeRow map(ResultSet rs, int rowNum) throws SQLException {
        long submissionId = rs.getLong("submission_id");
        Long submission = rs.wasNull() ? null : submissionId;
        int folderYear = rs.getInt("folder_year");
        Integer year = rs.wasNull() ? null : folderYear;
        return new IntakeRow(rs.getLong("id"), rs.getLong("job_instance_id"), rs.getString("relative_path"),
                rs.getString("file_name"), rs.getLong("file_size"), rs.getTimestamp("file_modified").toInstant(),
                rs.getString("checksum"), year, Disposition.valueOf(rs.getString("disposition")), submission,
                rs.getString("note"));
    }
}
