package cn.justice.yearbook.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded H2 schema as the migrations leave it. */
class StoreSchemaTest {

    private final JdbcClient db = JdbcClient.create(migratedH2("schema"));

    @Test
    void keepsNoIndexTwice() {
        Map<String, List<String>> indexesByColumns = indexColumns().entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));

        assertThat(indexesByColumns).allSatisfy((columns, indexes) ->
                assertThat(indexes).as("indexes on %s", columns).hasSize(1));
    }

    @Test
    void stillFindsValuesAndFindingsOfASubmissionByIndex() {
        assertThat(indexColumns()).containsValues("REPORTED_VALUE(SUBMISSION_ID)", "FINDING(SUBMISSION_ID)");
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

    /** A fresh in-memory H2 database with the migrations the embedded store runs. */
    static SimpleDriverDataSource migratedH2(String name) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        return dataSource;
    }
}
