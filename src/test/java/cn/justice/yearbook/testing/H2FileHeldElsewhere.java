package cn.justice.yearbook.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An embedded H2 database file held open by another program, as a run in another window holds it: H2's own shell
 * in a JVM of its own, connected until closed.
 */
public final class H2FileHeldElsewhere implements AutoCloseable {

    private final Process shell;

    public H2FileHeldElsewhere(String url) throws IOException {
        shell = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.h2.tools.Shell", "-url", url, "-user", "sa", "-password", "")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.contains("Welcome")) {
            seen.append(line).append('\n');
        }
        if (line == null) {
            throw new IllegalStateException("H2's shell did not connect to " + url + ":\n" + seen);
        }
    }

    @Override
    public void close() throws InterruptedException {
        shell.destroy();
        if (!shell.waitFor(30, TimeUnit.SECONDS)) {
            shell.destroyForcibly();
        }
    }
}
