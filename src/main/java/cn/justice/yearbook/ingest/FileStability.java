package cn.justice.yearbook.ingest;

import cn.justice.yearbook.ingest.DropFolderScanner.FoundFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells files that are complete from files still being copied: a file counts as complete once its
 * size and modification time have stayed the same for the stability interval. Files modified within
 * the interval are looked at again when it has passed (waiting at most one interval), so a run
 * started right after a copy still takes them, and a copy still going on is left for the next run.
 */
public class FileStability {

    private final Duration interval;
    private final Clock clock;

    public FileStability(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /** The files among {@code found} that are still changing; waits for the interval if any file is recent. */
    public Set<FoundFile> stillChanging(List<FoundFile> found) throws InterruptedException {
        Instant now = clock.instant();
        List<FoundFile> recent = found.stream()
                .filter(f -> f.ignoredBecause() == null && f.modified().plus(interval).isAfter(now))
                .toList();
        Set<FoundFile> changing = new HashSet<>();
        if (recent.isEmpty() || interval.isZero()) {
            return changing;
        }
        Instant settled = recent.stream().map(f -> f.modified().plus(interval)).max(Instant::compareTo).orElse(now);
        Duration wait = Duration.between(now, settled);
        Thread.sleep(Math.max(0, Math.min(wait.toMillis(), interval.toMillis())));
        for (FoundFile file : recent) {
            if (!unchanged(file)) {
                changing.add(file);
            }
        }
        return changing;
    }

    private static boolean unchanged(FoundFile file) {
        try {
            BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.size() == file.size() && now.lastModifiedTime().toInstant().equals(file.modified());
        } catch (IOException e) {
            return false; // gone or locked by the program still writing it
        }
    }
}
