package cn.justice.yearbook.store;

import cn.justice.yearbook.testing.MigratedH2;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The embedded H2 schema as the migrations leave it. */
class StoreSchemaTest {

    private final JdbcClient db = JdbcClient.create(MigratedH2.latest("schema"));

    @Test
    void keepsNoIndexTwice() {
        Map<String, List<String>> indexesByColumns = indexColumns().entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));

        assertThat(indexesByColumns).allSatisfy((columns, indexes) ->
                assertThat(indexes).as("indexes on %s", columns).hasSize(1));
    }

    @Test
    void findsFindingsOfASubmissionByIndexAndItsValuesByItsKey() {
        assertThat(indexColumns()).containsValues("FINDING(SUBMISSION_ID)", "REPORTED_VALUE_SET(SUBMISSION_ID)");

        String join = plan(SubmissionRepository.CURRENT_VALUES_OF_COUNTY + "= 'X'");

        String primaryKey = db.sql("""
                SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES
                WHERE TABLE_NAME = 'REPORTED_VALUE_SET' AND INDEX_TYPE_NAME = 'PRIMARY KEY'""").query(String.class).single();
        assertThat(join).contains("PUBLIC." + primaryKey + ": SUBMISSION_ID = S.ID").doesNotContain("tableScan");
    }

    @Test
    void readsACountysCurrentValuesThroughTheCountysIndexWhateverThePrefecturesSize() {
        // 20 counties of 100 townships' submissions, none superseded: to H2's statistics the county (1 % distinct)
        // and superseded_by (one value) look alike, and with superseded_by IS NULL it scanned all 2,000 per county
        for (int i = 0; i < 2_000; i++) {
            db.sql("""
                    INSERT INTO submission (checksum, file_name, relative_path, file_size, file_modified, received_at,
                                            job_instance_id, status, county, township, report_year)
                    VALUES (?, 'a.xlsx', ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'ACCEPTED', ?, ?, 2025)""")
                    .params("sum" + i, "a" + i + ".xlsx", "县" + i % 20, "镇" + i / 20).update();
        }
        db.sql("ANALYZE").update();

        String plan = db.sql("EXPLAIN ANALYZE " + SubmissionRepository.CURRENT_VALUES_OF_COUNTY + "= '县7'")
                .query(String.class).single();

        assertThat(plan).contains("PUBLIC.SUBMISSION_COUNTY_YEAR_IX: COUNTY = ").contains("scanCount: 101 */")
                .doesNotContain("SUPERSEDED_FK");
    }

    @Test
    void keysValuesStoredBeforeVersion6ByTheirSubmissionInTheOrderTheyWereStored() {
        SimpleDriverDataSource dataSource = MigratedH2.upTo("before-v6", "5");
        JdbcClient old = JdbcClient.create(dataSource);
        insertSubmissions(old, 2);
        for (String[] value : new String[][] {{"2", "B1"}, {"1", "A1"}, {"2", "B2"}, {"1", "A2"}, {"1", "A3"}}) {
            old.sql("INSERT INTO reported_value (submission_id, indicator_code, approximate, usable) VALUES (?, ?, FALSE, TRUE)")
                    .params(Long.parseLong(value[0]), value[1]).update();
        }

        MigratedH2.migrate(dataSource, "latest");

        assertThat(JdbcClient.create(dataSource).sql("SELECT id, submission_id, indicator_code FROM reported_value ORDER BY id")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3)).list())
                .containsExactly((1 << 20) + " 1 A1", ((1 << 20) + 1) + " 1 A2", ((1 << 20) + 2) + " 1 A3",
                        (2 << 20) + " 2 B1", ((2 << 20) + 1) + " 2 B2");
    }

    @Test
    void keepsValuesStoredAsRowsBeforeVersion7ColumnForColumnAndShowsThemAsRowsAfter() {
        SimpleDriverDataSource dataSource = MigratedH2.upTo("before-v7", "6");
        JdbcClient old = JdbcClient.create(dataSource);
        insertSubmissions(old, 3);
        Object[][] rows = {
                {(2L << 20) + 1, 2L, "B2", null, false, false, "—", "表2", "E9", null},
                {1L << 20, 1L, "A1", new BigDecimal("12.5"), false, true, "12.5", "表1", "E7", "含 3 件跨年"},
                {2L << 20, 2L, "B1", new BigDecimal("85"), true, true, "约85", "表2", "E8", null},
                {(1L << 20) + 1, 1L, "A2", new BigDecimal("0.00000001"), false, true, "0.00000001", null, null, "说明"}};
        for (Object[] row : rows) {
            old.sql("""
                    INSERT INTO reported_value (id, submission_id, indicator_code, value_number, approximate, usable,
                                                display_text, sheet_name, cell_ref, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(row).update();
        }
        String everyColumn = "SELECT id, submission_id, indicator_code, value_number, approximate, usable, display_text,"
                + " sheet_name, cell_ref, note FROM reported_value ORDER BY id";
        List<List<Object>> before = rowsOf(old, everyColumn);

        MigratedH2.migrate(dataSource, "latest");
        JdbcClient migrated = JdbcClient.create(dataSource);

        assertThat(rowsOf(migrated, everyColumn)).hasSize(4).isEqualTo(before);
        assertThat(migrated.sql("SELECT COUNT(*) FROM reported_value_set").query(Integer.class).single()).isEqualTo(2);
        SubmissionRepository repository = new SubmissionRepository(migrated, new JdbcTemplate(dataSource));
        assertThat(repository.values(1)).extracting(StoredValue::code, StoredValue::number, StoredValue::note)
                .containsExactly(tuple("A1", new BigDecimal("12.50000000"), "含 3 件跨年"),
                        tuple("A2", new BigDecimal("0.00000001"), "说明"));
        assertThat(repository.values(2)).extracting(StoredValue::code, StoredValue::usable)
                .containsExactly(tuple("B1", true), tuple("B2", false));
        assertThat(repository.values(3)).isEmpty();
    }

    /** More submissions than V7 writes in one batch (200), the last batch a partial one. */
    @Test
    void convertsEverySubmissionOfAStoreWrittenBeforeVersion7() {
        SimpleDriverDataSource dataSource = MigratedH2.upTo("many-before-v7", "6");
        JdbcClient db = JdbcClient.create(dataSource);
        insertSubmissions(db, 450);
        db.sql("""
                INSERT INTO reported_value (id, submission_id, indicator_code, approximate, usable)
                SELECT s.id * 1048576 + p.X - 1, s.id, 'C' || p.X, FALSE, TRUE
                FROM submission s JOIN SYSTEM_RANGE(1, 3) p ON s.id % 3 >= p.X - 1""").update();
        List<List<Object>> before = rowsOf(db, "SELECT id, submission_id, indicator_code FROM reported_value ORDER BY id");

        MigratedH2.migrate(dataSource, "latest");

        assertThat(rowsOf(db, "SELECT id, submission_id, indicator_code FROM reported_value ORDER BY id"))
                .hasSize(450 * 2).isEqualTo(before);
        assertThat(db.sql("SELECT COUNT(*) FROM reported_value_set").query(Integer.class).single()).isEqualTo(450);
    }

    /** Submissions 1..count, as a database before V7 holds them. */
    private static void insertSubmissions(JdbcClient db, int count) {
        for (int s = 1; s <= count; s++) {
            db.sql("""
                    INSERT INTO submission (checksum, file_name, relative_path, file_size, file_modified, received_at,
                                            job_instance_id, status)
                    VALUES (?, 'a.xlsx', 'a.xlsx', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'ACCEPTED')""")
                    .param("sum" + s).update();
        }
    }

    private static List<List<Object>> rowsOf(JdbcClient db, String sql) {
        return db.sql(sql).query((rs, n) -> {
            List<Object> row = new java.util.ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.add(rs.getObject(c));
            }
            return row;
        }).list();
    }

    private String plan(String sql) {
        return db.sql("EXPLAIN " + sql).query(String.class).single();
    }

    /** Index name → table(columns). */
    private Map<String, String> indexColumns() {
        return db.sql("""
                        SELECT INDEX_NAME, TABLE_NAME || '(' || LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION) || ')'
                        FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'
                        GROUP BY TABLE_NAME, INDEX_NAME""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
