package cn.justice.yearbook.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the build leaves beside the packaged jar for a fast start: Spring Boot's extracted layout
 * ({@code app/yearbook.jar} with its {@code lib/}), whose classes the JVM can map from a class archive, unlike
 * the nested jars of the packaged one, and that archive ({@code app/yearbook.jsa}), written by a training run.
 *
 * <p>A JDK 17 archive holds the absolute paths of the jars it was made from and serves only them, and only the JVM
 * that made it: copied elsewhere with its jar (a deployment) or after a Java update, the JVM skips it in silence and
 * the sample run takes about 5 s instead of 3 s. So the launcher checks it once per place and archive, and notes the
 * result beside it ({@code yearbook.jsa.checked}); where it does not serve, a {@code run} writes a new one.
 *
 * @param appJar       the extracted application jar
 * @param classArchive the class-data-sharing archive of a training run
 */
record FastStartLayout(Path appJar, Path classArchive) {

    /** How the second JVM uses the class archive. */
    enum ArchiveUse {
        /** Maps its classes from it. */
        MAP("its classes mapped from the class archive"),
        /** Writes a new one when it ends: the archive does not serve this place, JVM or options. */
        REWRITE("the class archive being rewritten for this place, JVM and options at exit"),
        /** Starts without one: it does not serve, and cannot be rewritten now. */
        NONE("no class archive (it does not serve this place, JVM or options)");

        /** How the run's log says it. */
        final String described;

        ArchiveUse(String described) {
            this.described = described;
        }
    }

    /** The layout beside {@code packagedJar}, if both its files were made from this very jar (no earlier build's). */
    static Optional<FastStartLayout> beside(Path packagedJar) {
        String name = packagedJar.getFileName().toString();
        Path dir = packagedJar.toAbsolutePath().normalize().resolveSibling("app");
        Path appJar = dir.resolve(name);
        Path archive = dir.resolve(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        try {
            var built = Files.getLastModifiedTime(packagedJar);
            if (Files.isRegularFile(appJar) && Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(appJar).compareTo(built) >= 0
                    && Files.getLastModifiedTime(archive).compareTo(built) >= 0) {
                return Optional.of(new FastStartLayout(appJar, archive));
            }
        } catch (IOException e) {
            // no layout to speak of: start as before
        }
        return Optional.empty();
    }

    /**
     * Whether the archive was found to serve this jar, at this place, in this JVM with these options (some, such as a
     * heap over 32 GiB, change what an archive must be).
     */
    boolean archiveChecked(List<String> options) {
        try {
            return Files.readString(checkedNote()).equals(fingerprint(options));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Notes that the archive serves here; a note that cannot be written only means checking again next time. */
    void noteArchiveChecked(List<String> options) {
        try {
            Files.writeString(checkedNote(), fingerprint(options));
        } catch (IOException | RuntimeException e) {
            // checked again at the next start
        }
    }

    /**
     * Writes the packaged jar and this layout (about 170 MB) out to the disk now, at the end of the build. Left to the
     * system, what a build writes goes out some 30 s later: in the middle of the first run, which README's command
     * starts right after the build, and which took 0.15 s longer for it (BENCHMARKS.md, seventeenth round). Files
     * that cannot be forced here (Windows wants write access for it) only cost that first run the time.
     */
    void forceToDisk(Path packagedJar) {
        List<Path> files = new ArrayList<>(List.of(packagedJar, appJar, classArchive, checkedNote()));
        try (DirectoryStream<Path> libraries = Files.newDirectoryStream(appJar.resolveSibling("lib"), "*.jar")) {
            libraries.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            // the jars that were found are forced all the same
        }
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                // written out later by the system, as without this
            }
        }
    }

    /** Whether a new archive can be written beside the old one. */
    boolean canRewrite() {
        return Files.isWritable(classArchive.getParent());
    }

    /** Where the second JVM of launcher {@code pid} writes a new archive; it replaces the old one once complete. */
    Path rewritten(long pid) {
        return classArchive.resolveSibling(classArchive.getFileName() + "." + pid + ".part");
    }

    /**
     * Deletes the new archives of launchers that are gone (stopped while their run wrote one, or killed): each is as
     * large as the archive itself.
     */
    void dropAbandonedRewrites() {
        String prefix = classArchive.getFileName() + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(classArchive.getParent(), prefix + "*.part")) {
            for (Path part : parts) {
                String name = part.getFileName().toString();
                try {
                    long pid = Long.parseLong(name.substring(prefix.length(), name.length() - ".part".length()));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        Files.deleteIfExists(part);
                    }
                } catch (NumberFormatException | IOException e) {
                    // not one of ours, or already gone
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next rewrite
        }
    }

    /** Puts the new archive in the old one's place if the run that wrote it succeeded, else drops it. */
    void adoptRewritten(long pid, boolean succeeded, List<String> options) {
        Path part = rewritten(pid);
        try {
            if (succeeded && Files.isRegularFile(part) && Files.size(part) > 0) {
                Files.move(part, classArchive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                noteArchiveChecked(options);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // the old archive stays (on Windows, say, while another JVM maps it); the next run tries again
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException | RuntimeException e) {
            // a leftover part is only disk space: nothing reads it
        }
    }

    private Path checkedNote() {
        return classArchive.resolveSibling(classArchive.getFileName() + ".checked");
    }

    /** What the archive's use depends on: the jar's path, the archive itself, the JVM and its options. */
    private String fingerprint(List<String> options) throws IOException {
        return appJar + "\n" + Files.size(classArchive) + " " + Files.getLastModifiedTime(classArchive).toMillis() + "\n"
                + System.getProperty("java.home") + " " + System.getProperty("java.vm.version") + "\n"
                + String.join(" ", options) + "\n";
    }
}
