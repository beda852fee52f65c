package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.store.ReportedValueSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads what aggregation needs from the store: usable values of current submissions, outcomes, findings. */
@Repository
class AggregationRepository {

    /** A finding with the township's 说明 on the row it concerns. */
    record NotedFinding(Finding finding, String note) {
    }

    private final JdbcClient jdbc;

    AggregationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param county a county of a prefecture run, or null for a single county's submissions (all of them) */
    StoredFacts facts(String county, int upToYear) {
        String ofCounty = county == null ? "" : " AND s.county = ?";
        Object[] params = county == null ? new Object[] {upToYear} : new Object[] {upToYear, county};
        Map<Integer, Map<String, Map<String, Fact>>> values = new TreeMap<>();
        jdbc.sql("""
                SELECT s.report_year, s.township, %s
                FROM submission s JOIN reported_value_set v ON v.submission_id = s.id
                WHERE %s AND s.report_year <= ?
                """.formatted(ReportedValueSet.columns("v"), SubmissionRepository.CURRENT)
                + ofCounty).params(params).query(rs -> {
            Map<String, Fact> facts = values.computeIfAbsent(rs.getInt(1), y -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), t -> new HashMap<>());
            ReportedValueSet set = ReportedValueSet.read(rs, 3);
            for (int i = 0; i < set.size(); i++) {
                if (set.usable(i)) {
                    facts.put(set.code(i), new Fact(set.number(i).stripTrailingZeros(), set.approximate(i)));
                }
            }
        });
        Map<String, StoredFacts.SubmissionOutcome> outcomes = new LinkedHashMap<>();
        // a current submission wins over a rejected one; among rejected ones the latest counts
        jdbc.sql("""
                SELECT s.id, s.township, s.status FROM submission s
                WHERE s.report_year = ? AND s.township IS NOT NULL AND %s
                """.formatted(SubmissionRepository.NOT_SUPERSEDED) + ofCounty + """
                 ORDER BY CASE WHEN s.status = 'REJECTED' THEN 0 ELSE 1 END, s.file_modified, s.id
                """).params(params).query(rs -> {
            outcomes.put(rs.getString(2), new StoredFacts.SubmissionOutcome(rs.getLong(1), rs.getString(3)));
        });
        return new StoredFacts(values, outcomes);
    }

    /** The findings of a submission, each with the note on its indicator's row (the greatest, if it has several). */
    List<NotedFinding> findings(long submissionId) {
        Map<String, String> notes = new HashMap<>();
        jdbc.sql(ReportedValueSet.OF_SUBMISSION)
                .param(submissionId).query(rs -> {
                    ReportedValueSet set = ReportedValueSet.read(rs, 1);
                    for (int i = 0; i < set.size(); i++) {
                        if (set.note(i) != null) {
                            notes.merge(set.code(i), set.note(i), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        }
                    }
                });
        return jdbc.sql("""
                SELECT f.rule_id, f.severity, f.indicator_code, f.sheet_name, f.cell_ref, f.message, f.explained
                FROM finding f WHERE f.submission_id = ? ORDER BY f.id
                """).param(submissionId).query((rs, n) -> new NotedFinding(new Finding(rs.getString(1),
                Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7)), rs.getString(3) == null ? null : notes.get(rs.getString(3)))).list();
    }

    /** The latest year with a current submission, or null when nothing has been accepted yet. */
    Integer latestYear() {
        return jdbc.sql("SELECT MAX(s.report_year) FROM submission s WHERE " + SubmissionRepository.CURRENT)
                .query(Integer.class).optional().orElse(null);
    }
}
