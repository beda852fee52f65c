package cn.justice.yearbook.store;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.ReviewedValue;
import cn.justice.yearbook.validate.SubmissionFinding;
import cn.justice.yearbook.validate.SubmissionStatus;
import cn.justice.yearbook.validate.ValueOnRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Submissions with their values (and provenance) and findings. */
@Repository
public class SubmissionRepository {

    public static final String ORIGIN_FILE = "FILE";
    public static final String ORIGIN_CROSS = "CROSS";

    /**
     * Submissions {@code s} no later file of the same township and year replaced. Not {@code superseded_by IS NULL}:
     * H2 rates that as selective as a county (it counts distinct values in whole percent, 1 % for both) and, given
     * both, scanned every submission through the foreign key's index of {@code superseded_by} for each county, so
     * cross review grew with the square of the prefecture.
     */
    public static final String NOT_SUPERSEDED = "COALESCE(s.superseded_by, 0) = 0";
    /** Submissions {@code s} that stand for their township and year: the latest file that was not rejected. */
    public static final String CURRENT = NOT_SUPERSEDED + " AND s.status <> 'REJECTED'";
    /** The values of the current submissions of one county ({@code ?}), found through the county's index. */
    static final String CURRENT_VALUES_OF_COUNTY = """
            SELECT s.id, s.township, s.report_year, %s
            FROM submission s JOIN reported_value_set v ON v.submission_id = s.id
            WHERE %s AND s.county\s""".formatted(ReportedValueSet.columns("v"), CURRENT);
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final String INSERT_VALUES = "INSERT INTO reported_value_set (submission_id, %s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            .formatted(ReportedValueSet.COLUMNS);

    private static final int CHECKSUMS_PER_QUERY = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SubmissionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** @param county the county in a prefecture run; null for a single county's submissions */
    public long save(ReviewedSubmission reviewed, String county, long jobInstanceId, Instant receivedAt) {
        WorkbookReading reading = reviewed.reading();
        DroppedFile file = reading.file();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submission (checksum, file_name, relative_path, file_size, file_modified, received_at,
                                        job_instance_id, county, township, report_year, sheet_name, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(file.sha256(), file.name(), file.relativePath(), file.size(), Timestamp.from(file.modified()),
                        Timestamp.from(receivedAt), jobInstanceId, county,
                        reading.township() == null ? null : reading.township().name(), reading.year(), reading.sheet(),
                        reviewed.status().name())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : keys.getKey().longValue();
        insertValues(id, reviewed.values());
        insertFindings(reviewed.findings().stream().map(f -> new SubmissionFinding(id, f)).toList(), ORIGIN_FILE);
        return id;
    }

    /** A submission's values are one row (migration V7); one without values has none. */
    private void insertValues(long submissionId, List<ReviewedValue> values) {
        if (values.isEmpty()) {
            return;
        }
        template.update(INSERT_VALUES, ps -> {
            ps.setLong(1, submissionId);
            ReportedValueSet.bind(values, ps, 2);
        });
    }

    public void insertFindings(Collection<SubmissionFinding> findings, String origin) {
        if (findings.isEmpty()) {
            return; // most files have none: no statement to prepare
        }
        template.batchUpdate("""
                INSERT INTO finding (submission_id, origin, rule_id, severity, indicator_code, sheet_name, cell_ref,
                                     message, explained)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, findings, 200, (ps, sf) -> {
            Finding f = sf.finding();
            ps.setLong(1, sf.submissionId());
            ps.setString(2, origin);
            ps.setString(3, f.ruleId());
            ps.setString(4, f.severity().name());
            ps.setString(5, f.code());
            ps.setString(6, f.sheet());
            ps.setString(7, f.cell());
            ps.setString(8, f.message());
            ps.setBoolean(9, f.explained());
        });
    }

    /** The stored submissions among these checksums, by checksum: a few queries for a drop folder of thousands. */
    public Map<String, StoredSubmission> findByChecksums(Collection<String> checksums) {
        Map<String, StoredSubmission> found = new HashMap<>();
        List<String> all = List.copyOf(checksums);
        for (int from = 0; from < all.size(); from += CHECKSUMS_PER_QUERY) {
            Object[] some = all.subList(from, Math.min(all.size(), from + CHECKSUMS_PER_QUERY)).toArray();
            jdbc.sql("SELECT * FROM submission WHERE checksum = ANY(?)").param(some)
                    .query(SubmissionRepository::mapSubmission).list()
                    .forEach(submission -> found.put(submission.checksum(), submission));
        }
        return found;
    }

    public Optional<StoredSubmission> find(long id) {
        return jdbc.sql("SELECT * FROM submission WHERE id = ?").param(id)
                .query(SubmissionRepository::mapSubmission).optional();
    }

    public List<StoredSubmission> all() {
        return jdbc.sql("SELECT * FROM submission ORDER BY id").query(SubmissionRepository::mapSubmission).list();
    }

    /** The submission that stands for each township and year. */
    public List<StoredSubmission> current() {
        return jdbc.sql("SELECT * FROM submission s WHERE " + CURRENT + " ORDER BY report_year, county, township")
                .query(SubmissionRepository::mapSubmission).list();
    }

    public List<StoredValue> values(long submissionId) {
        List<StoredValue> values = new ArrayList<>();
        jdbc.sql(ReportedValueSet.OF_SUBMISSION)
                .param(submissionId).query(rs -> {
                    ReportedValueSet set = ReportedValueSet.read(rs, 1);
                    for (int i = 0; i < set.size(); i++) {
                        values.add(set.stored(submissionId, i));
                    }
                });
        return values;
    }

    public List<Finding> findings(long submissionId) {
        return jdbc.sql("SELECT * FROM finding WHERE submission_id = ? ORDER BY id").param(submissionId)
                .query((rs, n) -> mapFinding(rs)).list();
    }

    /**
     * Usable values of current submissions, county by county, each county's by year, township and then as stored:
     * what cross-submission review works on, whose comparisons all stay within a county. A prefecture's counties come
     * one at a time, so that no more than one county's values are held at once. They are sorted here: sorted by H2,
     * a prefecture's values spilled to disk.
     */
    public void usableCurrentValuesByCounty(Consumer<List<ValueOnRecord>> perCounty) {
        jdbc.sql("SELECT DISTINCT s.county FROM submission s WHERE " + CURRENT)
                .query((rs, n) -> rs.getString(1)).list().stream()
                .sorted(NULLS_FIRST)
                .forEach(county -> perCounty.accept(usableCurrentValues(county)));
    }

    private List<ValueOnRecord> usableCurrentValues(String county) {
        List<ValueOnRecord> values = new ArrayList<>();
        jdbc.sql(CURRENT_VALUES_OF_COUNTY + (county == null ? "IS NULL" : "= ?"))
                .params(county == null ? List.of() : List.of(county))
                .query(rs -> {
                    long submissionId = rs.getLong(1);
                    String township = rs.getString(2);
                    int year = rs.getInt(3);
                    ReportedValueSet set = ReportedValueSet.read(rs, 4);
                    for (int i = 0; i < set.size(); i++) {
                        if (set.usable(i)) {
                            values.add(new ValueOnRecord(submissionId, township, year, set.code(i), set.number(i),
                                    set.sheet(i), set.cell(i), set.note(i), county));
                        }
                    }
                });
        // a stable sort: each submission's values stay in their file's order
        values.sort(Comparator.comparingInt(ValueOnRecord::year).thenComparing(ValueOnRecord::township, NULLS_FIRST)
                .thenComparingLong(ValueOnRecord::submissionId));
        return values;
    }

    public void markSuperseded(Map<Long, Long> supersededBy) {
        template.update("UPDATE submission SET superseded_by = NULL WHERE superseded_by IS NOT NULL");
        template.batchUpdate("UPDATE submission SET superseded_by = ? WHERE id = ?",
                new ArrayList<>(supersededBy.entrySet()), 200, (ps, e) -> {
                    ps.setLong(1, e.getValue());
                    ps.setLong(2, e.getKey());
                });
    }

    public void deleteFindings(String origin) {
        jdbc.sql("DELETE FROM finding WHERE origin = ?").param(origin).update();
    }

    /** Severity and explanation of every finding of submissions that were not rejected, per submission. */
    public Map<Long, List<Finding>> findingsOfAcceptedSubmissions() {
        Map<Long, List<Finding>> result = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.id AS sid, f.* FROM submission s LEFT JOIN finding f ON f.submission_id = s.id
                WHERE s.status <> 'REJECTED' ORDER BY s.id, f.id
                """).query(rs -> {
            List<Finding> list = result.computeIfAbsent(rs.getLong("sid"), k -> new ArrayList<>());
            if (rs.getString("rule_id") != null) {
                list.add(mapFinding(rs));
            }
        });
        return result;
    }

    public void updateStatuses(Map<Long, SubmissionStatus> statuses) {
        template.batchUpdate("UPDATE submission SET status = ? WHERE id = ?",
                new ArrayList<>(statuses.entrySet()), 200, (ps, e) -> {
                    ps.setString(1, e.getValue().name());
                    ps.setLong(2, e.getKey());
                });
    }

    static StoredSubmission mapSubmission(ResultSet rs, int rowNum) throws SQLException {
        int year = rs.getInt("report_year");
        Integer reportYear = rs.wasNull() ? null : year;
        long by = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : by;
        return new StoredSubmission(rs.getLong("id"), rs.getString("checksum"), rs.getString("file_name"),
                rs.getString("relative_path"), rs.getLong("file_size"), rs.getTimestamp("file_modified").toInstant(),
                rs.getTimestamp("received_at").toInstant(), rs.getLong("job_instance_id"), rs.getString("township"),
                reportYear, rs.getString("sheet_name"), SubmissionStatus.valueOf(rs.getString("status")), supersededBy,
                rs.getString("county"));
    }

    private static Finding mapFinding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")), rs.getString("indicator_code"),
                rs.getString("sheet_name"), rs.getString("cell_ref"), rs.getString("message"), rs.getBoolean("explained"));
    }
}
