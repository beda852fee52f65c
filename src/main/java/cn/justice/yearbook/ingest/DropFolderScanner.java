package cn.justice.yearbook.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Lists what staff dropped: every regular file below the drop folder (year folders such as
 * {@code input/2025/} included), sorted by path, with the lock and temporary files that Excel, WPS,
 * LibreOffice and browsers leave behind marked as not submissions. Never opens a file for writing.
 */
public class DropFolderScanner {

    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:19|20)\\d{2}");
    private static final int MAX_DEPTH = 4;

    /** A file found in the drop folder. {@code ignoredBecause} is set for files that are not submissions. */
    public record FoundFile(Path path, String relativePath, String name, long size, java.time.Instant modified,
                            Integer folderYear, String ignoredBecause) {
    }

    /** @param year only files for this year (its year folder and loose files), or null for all */
    public List<FoundFile> scan(Path input, Integer year) {
        if (!Files.isDirectory(input)) {
            throw new UncheckedIOException(new IOException("Drop folder " + input.toAbsolutePath() + " does not exist"));
        }
        List<FoundFile> found = new ArrayList<>();
        try {
            // the walk hands over each file's attributes, read once: a prefecture's folder holds ten thousand files
            Files.walkFileTree(input, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        Path relative = input.relativize(path);
                        Integer folderYear = folderYear(relative);
                        if (year == null || folderYear == null || folderYear.equals(year)) {
                            found.add(describe(path, relative, folderYear, attributes));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException && !path.equals(input)) {
                        return FileVisitResult.CONTINUE; // moved away while the folder was listed: no longer dropped
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list drop folder " + input.toAbsolutePath(), e);
        }
        found.sort(Comparator.comparing(FoundFile::path));
        return found;
    }

    private static FoundFile describe(Path path, Path relative, Integer folderYear, BasicFileAttributes attributes) {
        String name = path.getFileName().toString();
        // joined by hand: a backslash is an ordinary character in a Linux file name, not a separator to convert
        StringJoiner joined = new StringJoiner("/");
        relative.forEach(part -> joined.add(part.toString()));
        String relativePath = joined.toString();
        return new FoundFile(path, relativePath, name, attributes.size(), attributes.lastModifiedTime().toInstant(),
                folderYear, ignoredBecause(relative));
    }

    /** Why a file is not a submission, or null when it is one. */
    static String ignoredBecause(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") && !part.equals(relative.getFileName())) {
                return "hidden folder";
            }
        }
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$")) {
            return "Office lock file";
        }
        if (name.startsWith(".~lock.") || lower.startsWith("~wrl") || (name.startsWith("~") && lower.endsWith(".tmp"))) {
            return "lock or temporary file";
        }
        if (name.startsWith(".")) {
            return "hidden file";
        }
        if (lower.endsWith(".tmp") || lower.endsWith(".crdownload") || lower.endsWith(".part") || lower.endsWith(".partial")
                || lower.endsWith(".download") || lower.endsWith("~") || lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
            return "temporary or system file";
        }
        return null;
    }

    /** The year of the folder a file sits in (「2025/渠南街道.xlsx」 → 2025), or null for a file outside year folders. */
    public static Integer folderYear(String relativePath) {
        return folderYear(Path.of(relativePath));
    }

    private static Integer folderYear(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String part = relative.getName(i).toString();
            if (YEAR_FOLDER.matcher(part).matches()) {
                return Integer.parseInt(part);
            }
        }
        return null;
    }
}
