package cn.justice.yearbook.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build leaves beside the packaged jar for a fast start: Spring Boot's extracted layout
 * ({@code app/yearbook.jar} with its {@code lib/}), whose classes the JVM can map from a class archive, unlike
 * the nested jars of the packaged one, and that archive ({@code app/yearbook.jsa}), written by a training run.
 *
 * @param appJar       the extracted application jar
 * @param classArchive the class-data-sharing archive of a training run
 */
record FastStartLayout(Path appJar, Path classArchive) {

    /** The layout beside {@code packagedJar}, if both its files were made from this very jar (no earlier build's). */
    static Optional<FastStartLayout> beside(Path packagedJar) {
        String name = packagedJar.getFileName().toString();
        Path dir = packagedJar.toAbsolutePath().resolveSibling("app");
        Path appJar = dir.resolve(name);
        Path archive = dir.resolve(name.replaceFirst("\\.jar$", "") + ".jsa");
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
}
