package cn.justice.yearbook.job;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/** Another run holds the run lock, or another program the embedded database; this one was refused before doing anything. */
public class RunInProgressException extends RuntimeException {

    public static final String ANOTHER_RUN = "另一次运行正在进行（可能是定时任务或另一个窗口中的运行），本次不启动。请等它结束后再试。";
    public static final String DATABASE_IN_USE = "数据库正被另一个正在运行的程序使用（可能有另一次运行尚未结束）。请等它结束后再试。";

    public RunInProgressException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The refusal a failure amounts to, if it is one: this exception itself, or the embedded H2 file open in another
     * program (H2's state 90020, which the connection pool passes on). That can only happen while a run opens the
     * database, wherever it first asks for a connection: while the run lock is held, so is the file.
     */
    public static Optional<RunInProgressException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RunInProgressException refused) {
                return Optional.of(refused);
            }
        }
        return causedBy(failure, "90020") ? Optional.of(new RunInProgressException(DATABASE_IN_USE, failure)) : Optional.empty();
    }

    /** Whether the failure, or a cause of it, is a database error with one of these SQL states. */
    static boolean causedBy(Throwable failure, String... sqlStates) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && Arrays.asList(sqlStates).contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
