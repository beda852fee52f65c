package cn.justice.yearbook.testing;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.report.RunReport;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline as its users run it: the real command line, in-process, over a drop folder and an
 * output folder of the test's own. Each {@link #run} starts the application afresh, as a new
 * invocation of the jar would.
 */
public final class Pipeline {

    public record Result(int exitCode, String out, String err) {
    }

    private final Path root;
    private String stableAfter = "0s";

    public Pipeline(Path root) {
        this.root = root;
        try {
            Files.createDirectories(input());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files written by a test are complete at once; tests of the copy-in-progress rule set an interval. */
    public Pipeline stableAfter(String interval) {
        this.stableAfter = interval;
        return this;
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path input(String relative) {
        return input().resolve(relative);
    }

    public Result run(String... extra) {
        return command("run", extra);
    }

    public Result command(String name, String... extra) {
        List<String> args = new ArrayList<>(List.of(name, "--input", input().toString(), "--output", output().toString(),
                "--set", "yearbook.ingest.stable-after=" + stableAfter));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = YearbookCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    public RunReport latestReport() {
        try {
            return JsonMapper.builder().build().readValue(output().resolve("reports/latest-run.json").toFile(), RunReport.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the run report", e);
        }
    }

    public RunReport.FileOutcome outcome(String relativePath) {
        return latestReport().files().stream().filter(f -> f.file().equals(relativePath)).findFirst()
                .orElseThrow(() -> new AssertionError("No outcome for " + relativePath + " in " + latestReport().files()));
    }

    /** The embedded database the runs wrote, opened read-write after the run has finished. */
    public JdbcClient database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + output().toAbsolutePath().resolve("database/yearbook"));
        ds.setUser("sa");
        ds.setPassword("");
        return JdbcClient.create(ds);
    }
}
