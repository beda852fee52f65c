package cn.justice.yearbook.config;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place that knows where things go under the output folder. */
public final class OutputLayout {

    /** The folder name used in place of a year that could not be told. */
    public static final String UNIDENTIFIED = "未识别";

    /** The longest name {@link #safeFileName} gives. */
    public static final int MAX_NAME_CHARS = 120;
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");

    private final Path root;

    public OutputLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path feedbackDir(int year) {
        return root.resolve("feedback").resolve(Integer.toString(year));
    }

    /** Feedback for files that could not be tied to a township and year. */
    public Path unidentifiedFeedbackDir() {
        return root.resolve("feedback").resolve(UNIDENTIFIED);
    }

    /** Untouched copies of the files that were rejected, by the year they were sent for, or 未识别. */
    public Path quarantineDir(Integer year) {
        return root.resolve("quarantine").resolve(yearFolder(year));
    }

    /** The receipt tables (回执): one workbook per year, and one for files whose year could not be told. */
    public Path receiptsDir(Integer year) {
        return root.resolve("receipts").resolve(yearFolder(year));
    }

    public Path reportsDir() {
        return root.resolve("reports");
    }

    public Path templatesDir(int year) {
        return root.resolve("templates").resolve(Integer.toString(year));
    }

    /** The yearbook of a county and year, as a PDF ("pdf") or its companion workbook ("xlsx"). */
    public Path yearbookFile(String county, int year, String extension) {
        return root.resolve("yearbook").resolve(safeFileName(county + year + "年法治政府建设统计年鉴." + extension));
    }

    public Path databaseDir() {
        return root.resolve("database");
    }

    /**
     * Keeps a name taken from a submission (a file or township name) from leaving its folder or upsetting a
     * file system. Bidirectional-text controls go too: they can make a name ending in 「xslx.exe」 display as 「exe.xlsx」.
     * A long name is shortened before its extension, so the copy still opens with the right program.
     */
    public static String safeFileName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]", "_")
                .replaceAll("^[.\\s]+", "").strip();
        if (cleaned.isEmpty()) {
            cleaned = "_";
        }
        if (cleaned.length() <= MAX_NAME_CHARS) {
            return cleaned;
        }
        Matcher extension = EXTENSION.matcher(cleaned);
        String suffix = extension.find() ? extension.group() : "";
        int cut = MAX_NAME_CHARS - suffix.length();
        if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
            cut--;
        }
        return cleaned.substring(0, cut) + suffix;
    }

    /**
     * {@code relativePath} (a path below the drop folder, '/'-separated) made safe below {@code dir}: each
     * part through {@link #safeFileName}, and the result checked to lie inside {@code dir}.
     */
    public static Path safeRelative(Path dir, String relativePath) {
        Path base = dir.toAbsolutePath().normalize();
        Path resolved = base;
        for (String part : relativePath.split("/")) {
            if (!part.isEmpty()) {
                resolved = resolved.resolve(safeFileName(part));
            }
        }
        resolved = resolved.normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException("Path " + relativePath + " does not name a file inside " + base);
        }
        return resolved;
    }

    private static String yearFolder(Integer year) {
        return year == null ? UNIDENTIFIED : Integer.toString(year);
    }
}
