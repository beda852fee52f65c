package cn.justice.yearbook.testing;

import cn.justice.yearbook.ingest.DropFolderScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder holds, to compare before and after a run. */
public final class Folders {

    private Folders() {
    }

    /** Every regular file below {@code dir}: its '/'-separated relative path → SHA-256 and modification time. */
    public static Map<String, String> fingerprint(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'),
                        DropFolderScanner.sha256(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
