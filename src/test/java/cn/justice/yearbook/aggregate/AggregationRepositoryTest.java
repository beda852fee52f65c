package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.testing.MigratedH2;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What aggregation reads from the store: values kept as one row of arrays per submission (migration V7). */
class AggregationRepositoryTest {

    private final JdbcClient db = JdbcClient.create(MigratedH2.latest("aggregation"));
    private final AggregationRepository repository = new AggregationRepository(db);

    @Test
    void takesTheUsableValuesOfCurrentSubmissionsByYearAndTownship() {
        long east2025 = submission("东城镇", 2025, "ACCEPTED");
        db.sql("""
                INSERT INTO reported_value_set VALUES (?, ARRAY['A', 'B', 'C'], ARRAY[12.5, 7, NULL],
                    ARRAY[FALSE, TRUE, FALSE], ARRAY[TRUE, TRUE, FALSE], ARRAY['12.5', '约7', 'x'],
                    ARRAY['表', '表', '表'], ARRAY['E7', 'E8', 'E9'], ARRAY[NULL, NULL, NULL])""").param(east2025).update();
        long east2024 = submission("东城镇", 2024, "ACCEPTED");
        db.sql("""
                INSERT INTO reported_value_set VALUES (?, ARRAY['A'], ARRAY[10], ARRAY[FALSE], ARRAY[TRUE], ARRAY['10'],
                    ARRAY['表'], ARRAY['E7'], ARRAY[NULL])""").param(east2024).update();
        long rejected = submission("西城镇", 2025, "REJECTED");
        db.sql("""
                INSERT INTO reported_value_set VALUES (?, ARRAY['A'], ARRAY[99], ARRAY[FALSE], ARRAY[TRUE], ARRAY['99'],
                    ARRAY['表'], ARRAY['E7'], ARRAY[NULL])""").param(rejected).update();

        StoredFacts facts = repository.facts(null, 2025);

        assertThat(facts.year(2025)).containsOnlyKeys("东城镇");
        assertThat(facts.year(2025).get("东城镇")).isEqualTo(Map.of(
                "A", new Fact(new BigDecimal("12.5"), false), "B", new Fact(new BigDecimal("7"), true)));
        assertThat(facts.year(2024).get("东城镇")).isEqualTo(Map.of("A", new Fact(BigDecimal.TEN.stripTrailingZeros(), false)));
        assertThat(facts.outcomes()).containsOnlyKeys("东城镇", "西城镇");
        assertThat(repository.facts(null, 2024).values()).containsOnlyKeys(2024);
    }

    /** Of two rows of one indicator, the greatest note, as {@code MAX(note)} chose when values were rows. */
    @Test
    void givesEachFindingTheNoteOnItsIndicatorsRow() {
        long id = submission("东城镇", 2025, "WARNINGS");
        db.sql("""
                INSERT INTO reported_value_set VALUES (?, ARRAY['A', 'B', 'A'], ARRAY[1, 2, 3], ARRAY[FALSE, FALSE, FALSE],
                    ARRAY[TRUE, TRUE, TRUE], ARRAY['1', '2', '3'], ARRAY['表', '表', '表'], ARRAY['E7', 'E8', 'E9'],
                    ARRAY['2：第一行的说明', NULL, '1：另一行的说明'])""").param(id).update();
        for (String code : new String[] {"A", "B", null}) {
            db.sql("""
                    INSERT INTO finding (submission_id, origin, rule_id, severity, indicator_code, message, explained)
                    VALUES (?, 'CROSS', 'YEAR_OVER_YEAR', 'WARNING', ?, '增幅较大', TRUE)""").params(id, code).update();
        }

        assertThat(repository.findings(id)).extracting(f -> f.finding().code(), AggregationRepository.NotedFinding::note)
                .containsExactly(tuple("A", "2：第一行的说明"), tuple("B", null), tuple(null, null));
    }

    private long submission(String township, int year, String status) {
        db.sql("""
                INSERT INTO submission (checksum, file_name, relative_path, file_size, file_modified, received_at,
                                        job_instance_id, status, township, report_year)
                VALUES (?, 'a.xlsx', 'a.xlsx', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, ?, ?, ?)""")
                .params(township + year + status, status, township, year).update();
        return db.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
    }
}
