package cn.justice.yearbook.job;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.config.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Removes the temporary files a killed run left in the output folder. Output files are written to a hidden
 * temporary file and renamed into place; a process killed in between (kill -9, power loss) leaves the temporary
 * file behind, for instance in a feedback folder that goes out to the townships. A run holds the run lock, so
 * when it begins no other run is writing there. Templates (written by another command, without the lock), the
 * database and the logs are not touched.
 */
@Component
class LeftoverTempFiles implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LeftoverTempFiles.class);
    private static final Set<String> NOT_OURS = Set.of("templates", "database", "logs");

    private final OutputLayout layout;

    LeftoverTempFiles(OutputLayout layout) {
        this.layout = layout;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Path root = layout.root();
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getParent() != null && dir.getParent().equals(root)
                            && NOT_OURS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && AtomicFiles.isTemporary(file.getFileName().toString())) {
                        Files.deleteIfExists(file);
                        log.warn("Removed {}, left by a run that was killed while writing it", root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for leftover temporary files in {}: {}", root, e.getMessage());
        }
    }
}
