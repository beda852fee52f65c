package cn.justice.yearbook;

import cn.justice.yearbook.testing.Folders;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.sample.SampleInputTask;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.StoreContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole pipeline on a PostgreSQL server, as the postgresql profile runs it: migrations, the job over the
 * sample county's three years, a rerun, the run lock between processes, history; and the store ends up holding
 * exactly what the embedded H2 store holds after the same runs.
 *
 * <p>Needs a server: {@code YEARBOOK_TEST_POSTGRES_URL} (e.g. jdbc:postgresql://127.0.0.1:5432/yearbook_test),
 * with {@code YEARBOOK_TEST_POSTGRES_USER} and {@code YEARBOOK_TEST_POSTGRES_PASSWORD} (default yearbook/yearbook),
 * a user allowed to create schemas in that database. Each run works in a schema of its own and drops it after.
 * Skipped when the variable is not set.
 */
class PostgresIntegrationTest {

    private static final String URL = System.getenv("YEARBOOK_TEST_POSTGRES_URL");
    private static final String USER = envOr("YEARBOOK_TEST_POSTGRES_USER", "yearbook");
    private static final String PASSWORD = envOr("YEARBOOK_TEST_POSTGRES_PASSWORD", "yearbook");

    @TempDir
    Path temp;

    private String schema;
    private String schemaUrl;

    @BeforeEach
    void freshSchema() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(),
                "YEARBOOK_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against (see docs/operations.md)");
        schema = "yearbook_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemaUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void runsTheWholeJobOnPostgresqlWithTheSameResultAsOnH2() throws Exception {
        Pipeline postgres = new Pipeline(temp.resolve("postgres"));
        Pipeline h2 = new Pipeline(temp.resolve("h2"));
        SampleInputTask.fromLocations("classpath:catalogue/indicators.csv", "classpath:county/county.yml")
                .run(42, 2023, 2025, postgres.input());
        Folders.copyTree(postgres.input(), h2.input());

        Pipeline.Result first = postgres.run(onPostgres());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(h2.run().exitCode()).isZero();

        RunReport report = postgres.latestReport();
        assertThat(report.summary()).isEqualTo(h2.latestReport().summary());
        assertThat(report.summary().seen()).isEqualTo(44);
        assertThat(report.files()).extracting(RunReport.FileOutcome::status)
                .isEqualTo(h2.latestReport().files().stream().map(RunReport.FileOutcome::status).toList());
        assertThat(StoreContents.of(database())).isNotEmpty().isEqualTo(StoreContents.of(h2.database()));

        Pipeline.Result again = postgres.run(onPostgres());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(postgres.latestReport().summary().unchanged()).isEqualTo(43);

        Pipeline.Result history = postgres.command("history", onPostgres());
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("最近 2 次运行");

        // another process holding the run lock: the run is refused at once, with the reason
        try (Connection holder = DriverManager.getConnection(schemaUrl, USER, PASSWORD)) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery("SELECT name FROM run_lock WHERE name = 'ingest' FOR UPDATE").close();
            }
            Pipeline.Result refused = postgres.run(onPostgres());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("另一次运行正在进行");
            holder.rollback();
        }
    }

    private String[] onPostgres() {
        List<String> args = new ArrayList<>(List.of("--db-url", schemaUrl, "--db-user", USER, "--db-password", PASSWORD,
                "--set", "spring.profiles.active=postgresql"));
        return args.toArray(String[]::new);
    }

    private JdbcClient database() {
        DriverManagerDataSource ds = new DriverManagerDataSource(schemaUrl, USER, PASSWORD);
        return JdbcClient.create(ds);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
