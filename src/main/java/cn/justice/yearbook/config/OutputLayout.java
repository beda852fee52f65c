package cn.justice.yearbook.config;

import java.nio.file.Path;

/** The one place that knows where things go under the output folder. */
public final class OutputLayout {

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
        return root.resolve("feedback").resolve("未识别");
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

    /** Keeps a name taken from a submission (a file or township name) from leaving its folder or upsetting a file system. */
    public static String safeFileName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^[.\\s]+", "").strip();
        if (cleaned.isEmpty()) {
            cleaned = "_";
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
