package cn.justice.yearbook.store;

import cn.justice.yearbook.job.IngestRunner;
import cn.justice.yearbook.testing.CompleteReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline serves nothing over the network: no web server, no H2 web console, no H2 TCP server
 * (AUTO_SERVER), while a run is going on and with the embedded database open in file mode as in production.
 */
@SpringBootTest
class NoListeningServiceTest {

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("yearbook.input", () -> temp.resolve("input").toString());
        registry.add("yearbook.output", () -> temp.resolve("output").toString());
        registry.add("yearbook.ingest.stable-after", () -> "0s");
        // the form the command line builds from --output (cli/CommonOptions)
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + temp.resolve("output/database/yearbook") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    DataSource dataSource;
    @Autowired
    IngestRunner runner;

    @Test
    void theH2WebConsoleIsOffAndThereIsNoWebServer() {
        assertThat(environment.getProperty("spring.h2.console.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        // neither an embedded web server nor Spring Boot's H2 console module is on the class path
        assertThat(ClassUtils.isPresent("org.springframework.boot.web.server.WebServer", null)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.boot.h2console.autoconfigure.H2ConsoleAutoConfiguration", null)).isFalse();
        assertThat(context.containsBean("h2Console")).isFalse();
    }

    @Test
    void theDatabaseIsAnEmbeddedFileWithoutAServer() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().toUpperCase(java.util.Locale.ROOT);
            assertThat(url).startsWith("JDBC:H2:FILE:").doesNotContain("AUTO_SERVER").doesNotContain("TCP:");
        }
    }

    @Test
    void nothingListensOnAPortDuringARun() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp")),
                "needs Linux /proc to see this process's sockets; skipped");
        Files.createDirectories(temp.resolve("input/2025"));
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(temp.resolve("input/2025/渠南街道.xlsx"));

        assertThat(runner.run(null).report().summary().accepted()).isEqualTo(1);

        try (Connection open = dataSource.getConnection()) {
            assertThat(open.isValid(1)).isTrue();
            assertThat(listeningSocketsOfThisProcess()).isEmpty();
        }
    }

    @Test
    void theCheckSeesAPortThisProcessListensOn() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp")),
                "needs Linux /proc to see this process's sockets; skipped");
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(listeningSocketsOfThisProcess()).hasSize(1);
        }
    }

    /** Inodes of this JVM's sockets that are in the LISTEN state, IPv4 or IPv6. */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && fields[3].equals("0A") && mine.contains(fields[9])) {
                    listening.add(table + " " + fields[1] + " inode " + fields[9]);
                }
            }
        }
        return listening;
    }
}
