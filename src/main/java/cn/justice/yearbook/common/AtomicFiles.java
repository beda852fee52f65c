package cn.justice.yearbook.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes output files so that a reader (or a crash) never sees half a file: the content goes to a
 * temporary file in the same folder, which then replaces the target in one rename.
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The names of temporary files a write killed midway leaves behind: this class's, and those of the
     * writers it replaced ({@code .writing-<n>.tmp}, {@code .<name>.<uuid>.tmp}).
     */
    private static final Pattern TEMPORARY = Pattern.compile("\\.writing-\\d+\\.tmp|\\..+\\.[0-9a-f-]{36}\\.(part|tmp)");

    private AtomicFiles() {
    }

    /** Whether a file of this name is a temporary file of an interrupted write. */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

    public static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would pass to the published file.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            // buffered: zip writers put their headers out a byte at a time, one system call each without it
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
