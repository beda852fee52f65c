package cn.justice.yearbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample input shipped in {@code input/}. */
public final class SampleInput {

    public static final Path FOLDER = Path.of("input");

    private SampleInput() {
    }

    /** Every .xlsx below {@code input/}, in path order. */
    public static List<Path> xlsxFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }
}
