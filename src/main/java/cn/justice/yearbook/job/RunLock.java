package cn.justice.yearbook.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Keeps two runs from overlapping, whether they come from the schedule, a second manual start or a
 * second process: a run holds a row lock in the database for its whole length, on a connection of
 * its own. Unlike a PID file, the lock cannot outlive a crash: the database drops it with the connection.
 */
@Component
public class RunLock {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Held acquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                lockWithoutWaiting(connection, statement);
            }
        } catch (SQLException e) {
            close(connection);
            throw refusal(e);
        }
        Connection held = connection;
        log.info("Run lock acquired");
        return () -> {
            close(held);
            log.info("Run lock released");
        };
    }

    /**
     * Takes the lock, failing at once rather than queueing behind a running run. The connection is a
     * pooled one, so a changed session setting is put back once the lock is held.
     */
    private static void lockWithoutWaiting(Connection connection, Statement statement) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("h2")) {
            long previous;
            try (var rs = statement.executeQuery("CALL LOCK_TIMEOUT()")) {
                rs.next();
                previous = rs.getLong(1);
            }
            statement.execute("SET LOCK_TIMEOUT 0");
            try {
                selectForUpdate(connection);
            } finally {
                statement.execute("SET LOCK_TIMEOUT " + previous);
            }
        } else {
            if (product.contains("postgres")) {
                statement.execute("SET LOCAL lock_timeout = '1ms'");
            }
            selectForUpdate(connection);
        }
    }

    /**
     * Why the lock could not be taken: another run holds it (H2's lock timeout, PostgreSQL's lock_not_available), or
     * another program the embedded database ({@link RunInProgressException#in}); anything else is the database
     * failing, and a scheduled run must then be reported failed, not skipped as if another run were going on.
     */
    private static RuntimeException refusal(SQLException e) {
        if (RunInProgressException.causedBy(e, "HYT00", "55P03")) {
            return new RunInProgressException(RunInProgressException.ANOTHER_RUN, e);
        }
        Optional<RunInProgressException> refused = RunInProgressException.in(e);
        if (refused.isPresent()) {
            return refused.get();
        }
        return new RunFailedException("无法取得运行锁，本次不启动：数据库出错（" + e.getMessage()
                + "）。请检查数据库是否可用、连接设置是否正确，然后再试。", e);
    }

    private static void selectForUpdate(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM run_lock WHERE name = 'ingest' FOR UPDATE")) {
            select.executeQuery().close();
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // closing below releases the lock either way
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the run lock connection failed: {}", e.getMessage());
        }
    }
}
