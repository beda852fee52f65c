package cn.justice.yearbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a table in the documentation equal to what a test observed. The test hands over the table it built
 * from a real run; it is written to {@code target/generated-docs/<section>.md}, and the section of
 * {@code docs/hostile-input.md} between
 * {@code <!-- generated: <section> -->} and {@code <!-- end generated: <section> -->} must hold exactly it.
 * Run the test with {@code -Dyearbook.update-docs=true} to rewrite the section instead.
 */
public final class GeneratedDocs {

    public static final Path HOSTILE_INPUT = Path.of("docs", "hostile-input.md");
    private static final String UPDATE = "yearbook.update-docs";

    private GeneratedDocs() {
    }

    /** @return null when the section matches (or was rewritten), else why it does not */
    public static String check(Path doc, String section, String table) {
        try {
            Path generated = Path.of("target", "generated-docs", section + ".md");
            Files.createDirectories(generated.getParent());
            Files.writeString(generated, table, StandardCharsets.UTF_8);

            String text = Files.readString(doc, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String begin = "<!-- generated: " + section + " -->\n";
            String end = "<!-- end generated: " + section + " -->";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                return doc + " has no section " + begin.strip() + " … " + end;
            }
            String current = text.substring(from + begin.length(), to);
            if (current.equals(table)) {
                return null;
            }
            if (Boolean.getBoolean(UPDATE)) {
                Files.writeString(doc, text.substring(0, from + begin.length()) + table + text.substring(to), StandardCharsets.UTF_8);
                return null;
            }
            return "The table " + section + " in " + doc + " differs from what this run observed (" + generated
                    + "). If the new behaviour is intended, rerun this test with -D" + UPDATE + "=true and commit the doc.";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A markdown table cell: pipes and line breaks would end the cell or the row, a backslash would escape. */
    public static String cell(Object value) {
        return value == null ? "" : oneLine(value.toString().replace("\\", "\\\\"));
    }

    /** A markdown table cell shown as code: verbatim, but for the pipe, which would still end the cell. */
    public static String code(Object value) {
        return value == null ? "" : "`" + oneLine(value.toString()) + "`";
    }

    private static String oneLine(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
