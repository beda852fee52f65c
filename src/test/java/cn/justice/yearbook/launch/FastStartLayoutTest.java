package cn.justice.yearbook.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

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

    @Test
    void aNotedCheckHoldsOnlyForTheSameArchiveAtTheSamePlace() throws Exception {
        FastStartLayout layout = new FastStartLayout(file("app/yearbook.jar", 200), file("app/yearbook.jsa", 300));
        List<String> options = List.of("-XX:+UseParallelGC", "-Xmx768m");
        assertThat(layout.archiveChecked(options)).isFalse();

        layout.noteArchiveChecked(options);
        assertThat(layout.archiveChecked(options)).isTrue();
        assertThat(layout.archiveChecked(List.of("-XX:+UseParallelGC", "-Xmx40g"))).isFalse(); // other options: checked again

        // the same files elsewhere (a deployment): the archive still names the jar where it was made
        FastStartLayout copied = new FastStartLayout(target.resolve("copy/app/yearbook.jar"), target.resolve("copy/app/yearbook.jsa"));
        Files.createDirectories(target.resolve("copy/app"));
        Files.copy(target.resolve("app/yearbook.jar"), copied.appJar());
        Files.copy(target.resolve("app/yearbook.jsa"), copied.classArchive());
        Files.copy(target.resolve("app/yearbook.jsa.checked"), target.resolve("copy/app/yearbook.jsa.checked"));
        assertThat(copied.archiveChecked(options)).isFalse();

        file("app/yearbook.jsa", 900); // a new archive
        assertThat(layout.archiveChecked(options)).isFalse();
    }

    @Test
    void aRewrittenArchiveReplacesTheOldOneOnlyAfterASuccessfulRun() throws Exception {
        FastStartLayout layout = new FastStartLayout(file("app/yearbook.jar", 200), file("app/yearbook.jsa", 300));
        assertThat(layout.canRewrite()).isTrue();
        assertThat(layout.rewritten(42)).isEqualTo(target.resolve("app/yearbook.jsa.42.part"));

        Files.writeString(layout.rewritten(42), "from a failed run");
        layout.adoptRewritten(42, false, List.of());
        assertThat(layout.rewritten(42)).doesNotExist();
        assertThat(Files.readString(layout.classArchive())).isEqualTo("app/yearbook.jsa");

        Files.writeString(layout.rewritten(43), "new archive");
        layout.adoptRewritten(43, true, List.of());
        assertThat(layout.rewritten(43)).doesNotExist();
        assertThat(Files.readString(layout.classArchive())).isEqualTo("new archive");
        assertThat(layout.archiveChecked(List.of())).isTrue();
    }

    @Test
    void dropsOnlyTheNewArchivesOfLaunchersThatAreGone() throws Exception {
        FastStartLayout layout = new FastStartLayout(file("app/yearbook.jar", 200), file("app/yearbook.jsa", 300));
        long alive = ProcessHandle.current().pid();
        long gone = Long.MAX_VALUE - 7; // no such process
        Files.writeString(layout.rewritten(alive), "being written");
        Files.writeString(layout.rewritten(gone), "abandoned");
        Path other = Files.writeString(target.resolve("app/yearbook.jsa.notes.part"), "not ours");

        layout.dropAbandonedRewrites();

        assertThat(layout.rewritten(alive)).exists();
        assertThat(layout.rewritten(gone)).doesNotExist();
        assertThat(other).exists();
        assertThat(layout.classArchive()).exists();
    }

    @Test
    void forcingItToDiskLeavesItAsTheLayoutOfTheSameJar() throws Exception {
        Path packaged = file("yearbook.jar", 100);
        FastStartLayout layout = new FastStartLayout(file("app/yearbook.jar", 200), file("app/yearbook.jsa", 300));
        Path library = file("app/lib/spring-core.jar", 200);
        layout.classArchive().toFile().setReadOnly(); // as the JVM writes it

        layout.forceToDisk(packaged);

        assertThat(FastStartLayout.beside(packaged)).contains(layout);
        for (Path file : List.of(packaged, layout.appJar(), layout.classArchive(), library)) {
            assertThat(Files.readString(file)).isEqualTo(target.relativize(file).toString().replace('\\', '/'));
        }
        assertThat(Files.getLastModifiedTime(library).toInstant()).isEqualTo(Instant.ofEpochSecond(200));
    }

    private Path file(String name, long secondsSinceEpoch) throws Exception {
        Path file = target.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(secondsSinceEpoch)));
        return file;
    }
}
