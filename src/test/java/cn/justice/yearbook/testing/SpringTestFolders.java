package cn.justice.yearbook.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The settings a Spring test of the job needs: its own drop folder, output and in-memory database, files taken at once. */
public final class SpringTestFolders {

    private SpringTestFolders() {
    }

    /** @param temp the test's folder (a static {@code @TempDir}, set by the time the settings are read) */
    public static void register(DynamicPropertyRegistry registry, Supplier<Path> temp, String database) {
        registry.add("yearbook.input", () -> temp.get().resolve("input").toString());
        registry.add("yearbook.output", () -> temp.get().resolve("output").toString());
        registry.add("yearbook.ingest.stable-after", () -> "0s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }
}
