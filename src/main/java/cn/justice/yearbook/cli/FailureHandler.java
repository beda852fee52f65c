package cn.justice.yearbook.cli;

import cn.justice.yearbook.catalogue.CatalogueException;
import cn.justice.yearbook.county.CountyException;
import cn.justice.yearbook.job.RunFailedException;
import cn.justice.yearbook.job.RunInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.util.Optional;

/**
 * Turns a run that could not complete into one clear line on the console (the details go to the log)
 * and a non-zero exit code. Bad township files never get here: they are findings, not failures.
 */
class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int RUN_FAILED = 1;
    private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        log.error("Run failed", ex);
        commandLine.getErr().println("运行未能完成：" + explain(ex));
        return RUN_FAILED;
    }

    static String explain(Throwable ex) {
        // the run lock held by another run, or the embedded database by another program (Flyway opens it first)
        Optional<RunInProgressException> refused = RunInProgressException.in(ex);
        if (refused.isPresent()) {
            return refused.get().getMessage();
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CatalogueException || t instanceof CountyException) {
                return "配置文件有误 —— " + t.getMessage();
            }
            if (t instanceof RunFailedException) {
                return t.getMessage();
            }
        }
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage() + "（详情见日志 output/logs/yearbook.log）";
    }
}
