package cn.justice.yearbook.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

@Repository
public class IntakeRepository {

    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasRows(long jobInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM intake WHERE job_instance_id = ?").param(jobInstanceId)
                .query(Long.class).single() > 0;
    }

    public void insert(IntakeRow row) {
        jdbc.sql("""
                INSERT INTO intake (job_instance_id, relative_path, file_name, file_size, file_modified, checksum,
                                    folder_year, disposition, submission_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.jobInstanceId(), row.relativePath(), row.fileName(), row.size(), Timestamp.from(row.modified()),
                        row.checksum(), row.folderYear(), row.disposition().name(), row.submissionId(), row.note())
                .update();
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
