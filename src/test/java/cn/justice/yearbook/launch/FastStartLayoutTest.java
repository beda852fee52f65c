package cn.justice.yearbook.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FastStartLayoutTest {

    @TempDir
    Path target;

    @Test
    void isTheExtractedJarAndClassArchiveBesideThePackagedJar() throws Exception {
        Path packaged = file("yearbook.jar", 100);
        Path app = file("app/yearbook.jar", 200);
        Path archive = file("app/yearbook.jsa", 300);

        assertThat(FastStartLayout.beside(packaged)).contains(new FastStartLayout(app, archive));
    }

    @Test
    void isNotUsedWhenEitherFileIsOlderThanThePackagedJar() throws Exception {
        // an earlier build's layout would run that build's classes
        Path packaged = file("yearbook.jar", 500);
        file("app/yearbook.jar", 200);
        file("app/yearbook.jsa", 600);
        assertThat(FastStartLayout.beside(packaged)).isEmpty();

        file("app/yearbook.jar", 700);
        file("app/yearbook.jsa", 400);
        assertThat(FastStartLayout.beside(packaged)).isEmpty();
    }

    @Test
    void isNotUsedWhenMissing() throws Exception {
        Path packaged = file("yearbook.jar", 100);
        assertThat(FastStartLayout.beside(packaged)).isEmpty();

        file("app/yearbook.jar", 200);
        assertThat(FastStartLayout.beside(packaged)).isEmpty();
    }

    private Path file(String name, long secondsSinceEpoch) throws Exception {
        Path file = target.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(secondsSinceEpoch)));
        return file;
    }
}
