package cn.justice.yearbook.receipt;

import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.ingest.Sha256;
import cn.justice.yearbook.store.StoredSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps an untouched copy of every rejected file: {@code output/quarantine/<year or 未识别>/<path below the year
 * folder>}, so what a township sent survives whatever happens to the drop folder, and the bureau can look at it.
 * The file in the drop folder is only read.
 *
 * <p>A copy holds exactly the bytes that were judged (their SHA-256 is the submission's checksum); a file
 * changed since is left for the next run to judge. A different file never overwrites a copy: it gets the
 * checksum's first 12 digits in its name. Keeping a file twice finds the copy already there.
 */
@Component
public class Quarantine {

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);
    private static final int SHORT_CHECKSUM = 12;

    private final OutputLayout layout;

    Quarantine(OutputLayout layout) {
        this.layout = layout;
    }

    /**
     * Copies a rejected file, unless its copy exists already.
     *
     * @param source the file in the drop folder
     * @return the copy, or empty when the file is gone or changed since it was judged
     * @throws IOException when it cannot be read or the copy cannot be written
     */
    public Optional<Path> keep(StoredSubmission submission, Path source) throws IOException {
        Optional<Path> existing = locate(submission);
        if (existing.isPresent()) {
            return existing;
        }
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            log.warn("Rejected file {} is no longer in the drop folder; no quarantine copy", submission.relativePath());
            return Optional.empty();
        }
        List<Path> candidates = candidates(submission);
        Path dir = candidates.get(0).getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(".quarantine-" + UUID.randomUUID() + ".part");
        try {
            String copied = copy(source, temp);
            if (!copied.equals(submission.checksum())) {
                log.warn("{} changed after it was read (sha256 {} now, {} judged); no quarantine copy, the next run reads it again",
                        submission.relativePath(), copied, submission.checksum());
                return Optional.empty();
            }
            Files.setLastModifiedTime(temp, Files.getLastModifiedTime(source));
            for (Path candidate : candidates) {
                try {
                    Files.move(temp, candidate);
                    log.info("Kept a copy of rejected file {} as {}", submission.relativePath(), candidate);
                    return Optional.of(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // a different file has this name (same bytes would have been found above): try the next one
                }
            }
            throw new IOException("Every quarantine name for " + submission.relativePath() + " is taken: " + candidates);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The copy of a rejected file, if one was kept: a candidate name holding exactly its bytes. */
    public Optional<Path> locate(StoredSubmission submission) {
        for (Path candidate : candidates(submission)) {
            try {
                if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS) && Files.size(candidate) == submission.size()
                        && Sha256.of(candidate).equals(submission.checksum())) {
                    return Optional.of(candidate);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot check quarantine copy {}: {}", candidate, e.toString());
            }
        }
        return Optional.empty();
    }

    /** The names a copy may take, in order: the original name, then with a short and with the full checksum. */
    List<Path> candidates(StoredSubmission submission) {
        Integer year = Receipt.yearOf(submission);
        String relative = submission.relativePath();
        if (year != null && relative.startsWith(year + "/")) {
            relative = relative.substring(relative.indexOf('/') + 1);
        }
        Path plain = OutputLayout.safeRelative(layout.quarantineDir(year), relative);
        return List.of(plain, withChecksum(plain, submission.checksum().substring(0, SHORT_CHECKSUM)),
                withChecksum(plain, submission.checksum()));
    }

    /** 「渠南街道.xlsx」 → 「渠南街道-<checksum>.xlsx」, the stem shortened so that the checksum always fits. */
    private static Path withChecksum(Path plain, String checksum) {
        String name = plain.getFileName().toString();
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && name.length() - dot <= 10;
        String stem = hasExtension ? name.substring(0, dot) : name;
        String extension = hasExtension ? name.substring(dot) : "";
        int room = OutputLayout.MAX_NAME_CHARS - checksum.length() - 1 - extension.length();
        if (stem.length() > room) {
            stem = stem.substring(0, Character.isHighSurrogate(stem.charAt(room - 1)) ? room - 1 : room);
        }
        return plain.resolveSibling(OutputLayout.safeFileName(stem + "-" + checksum + extension));
    }

    /** Copies the bytes, returning their SHA-256. */
    private static String copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source, StandardOpenOption.READ);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            return Sha256.transfer(in, out);
        }
    }
}
