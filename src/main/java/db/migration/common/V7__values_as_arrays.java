package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A submission's values become one row of parallel arrays, element i of each array being the value at place i of the
 * file (1-based in SQL), instead of one row per value. Each stored row cost H2 a tree insert, an undo record and a
 * step of the commit, and a township report holds about 50 values: storing them as rows was a quarter of the ingest's
 * CPU (BENCHMARKS.md, twelfth round). The view reported_value (V7_1, written for each database) still shows one row
 * per value with the columns and ids V6 gave them.
 *
 * <p>Written in Java, not SQL, so that a large store is converted a submission at a time: as one INSERT … SELECT …
 * GROUP BY, H2 grouped every value of the store in memory at once (a prefecture's 500,000 values took the run's JVM to
 * 887 MiB).
 */
public class V7__values_as_arrays extends BaseJavaMigration {

    private static final int SUBMISSIONS_PER_BATCH = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE reported_value_set (
                        submission_id   BIGINT               NOT NULL PRIMARY KEY,
                        indicator_codes VARCHAR(64) ARRAY    NOT NULL,
                        value_numbers   DECIMAL(24, 8) ARRAY NOT NULL,
                        approximate     BOOLEAN ARRAY        NOT NULL,
                        usable          BOOLEAN ARRAY        NOT NULL,
                        display_texts   VARCHAR(2000) ARRAY  NOT NULL,
                        sheet_names     VARCHAR(200) ARRAY   NOT NULL,
                        cell_refs       VARCHAR(20) ARRAY    NOT NULL,
                        notes           VARCHAR(2000) ARRAY  NOT NULL,
                        CONSTRAINT reported_value_set_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
                    )""");
            copyValues(connection);
            statement.execute("DROP TABLE reported_value");
        }
    }

    /** The values in key order, which is submission by submission and each in its file's order (V6). */
    private static void copyValues(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             PreparedStatement write = connection.prepareStatement(
                     "INSERT INTO reported_value_set VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            read.setFetchSize(1_000);
            ResultSet rs = read.executeQuery("""
                    SELECT submission_id, indicator_code, value_number, approximate, usable, display_text, sheet_name,
                           cell_ref, note
                    FROM reported_value ORDER BY id""");
            Submission current = null;
            int batched = 0;
            while (rs.next()) {
                long submissionId = rs.getLong(1);
                if (current != null && current.id != submissionId) {
                    batched = queue(write, current, batched);
                    current = null;
                }
                if (current == null) {
                    current = new Submission(submissionId);
                }
                current.add(rs);
            }
            if (current != null) {
                queue(write, current, batched);
            }
            write.executeBatch();
        }
    }

    /** Adds the submission's row to the batch, running the batch when it is full; returns the rows now waiting. */
    private static int queue(PreparedStatement write, Submission submission, int batched) throws SQLException {
        submission.bind(write);
        write.addBatch();
        if (batched + 1 < SUBMISSIONS_PER_BATCH) {
            return batched + 1;
        }
        write.executeBatch();
        return 0;
    }

    private static final class Submission {

        private final long id;
        private final List<String> codes = new ArrayList<>();
        private final List<BigDecimal> numbers = new ArrayList<>();
        private final List<Boolean> approximate = new ArrayList<>();
        private final List<Boolean> usable = new ArrayList<>();
        private final List<String> displays = new ArrayList<>();
        private final List<String> sheets = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Submission(long id) {
            this.id = id;
        }

        void add(ResultSet rs) throws SQLException {
            codes.add(rs.getString(2));
            numbers.add(rs.getBigDecimal(3));
            approximate.add(rs.getBoolean(4));
            usable.add(rs.getBoolean(5));
            displays.add(rs.getString(6));
            sheets.add(rs.getString(7));
            cells.add(rs.getString(8));
            notes.add(rs.getString(9));
        }

        void bind(PreparedStatement write) throws SQLException {
            write.setLong(1, id);
            write.setObject(2, codes.toArray(String[]::new));
            write.setObject(3, numbers.toArray(BigDecimal[]::new));
            write.setObject(4, approximate.toArray(Boolean[]::new));
            write.setObject(5, usable.toArray(Boolean[]::new));
            write.setObject(6, displays.toArray(String[]::new));
            write.setObject(7, sheets.toArray(String[]::new));
            write.setObject(8, cells.toArray(String[]::new));
            write.setObject(9, notes.toArray(String[]::new));
        }
    }
}
