package cn.justice.yearbook.job;

import cn.justice.yearbook.testing.H2FileHeldElsewhere;
import cn.justice.yearbook.testing.MigratedH2;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run is refused as "in progress" only when another run holds the lock; a database that cannot be reached or
 * lacks the lock's table fails the run instead, so that a scheduled run is reported failed rather than skipped.
 */
class RunLockTest {

    @Test
    void aLockHeldOnAnotherConnectionRefusesTheRunUntilItIsReleased() throws Exception {
        SimpleDriverDataSource database = MigratedH2.latest("run-lock-held");
        RunLock lock = new RunLock(database);
        try (Connection other = database.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT name FROM run_lock WHERE name = 'ingest' FOR UPDATE").close();
            }
            assertThatThrownBy(lock::acquire).isInstanceOf(RunInProgressException.class)
                    .hasMessageContaining("另一次运行正在进行");
            other.rollback();
        }
        try (RunLock.Held held = lock.acquire()) {
            assertThatThrownBy(lock::acquire).as("a second run while the first holds it")
                    .isInstanceOf(RunInProgressException.class);
        }
        lock.acquire().close();
    }

    @Test
    void anUnreachableDatabaseFailsTheRunInsteadOfCallingItInProgress() {
        SimpleDriverDataSource missing = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:run-lock-missing-" + System.nanoTime() + ";IFEXISTS=TRUE", "sa", "");

        assertThatThrownBy(() -> new RunLock(missing).acquire()).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("无法取得运行锁").hasMessageContaining("数据库出错")
                .hasMessageNotContaining("另一次运行正在进行");
    }

    @Test
    void aDatabaseWithoutTheLockTableFailsTheRun() throws Exception {
        SimpleDriverDataSource database = MigratedH2.latest("run-lock-no-table");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE run_lock");
        }

        assertThatThrownBy(() -> new RunLock(database).acquire()).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("RUN_LOCK");
    }

    @Test
    void anEmbeddedDatabaseOpenInAnotherProgramRefusesTheRunWithThatReason(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("yearbook").toAbsolutePath();
        MigratedH2.migrate(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""), "latest");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(1000);
        pool.setInitializationFailTimeout(-1);
        try (H2FileHeldElsewhere held = new H2FileHeldElsewhere(url); HikariDataSource dataSource = new HikariDataSource(pool)) {
            // through the pool, as a run gets its connections: H2's own reason comes wrapped in the pool's
            assertThatThrownBy(() -> new RunLock(dataSource).acquire()).isInstanceOf(RunInProgressException.class)
                    .hasMessage(RunInProgressException.DATABASE_IN_USE);
        }
    }
}
