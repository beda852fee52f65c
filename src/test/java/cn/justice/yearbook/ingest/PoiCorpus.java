package cn.justice.yearbook.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared corpus of Apache POI test files ({@code /work/shared/corpus/poi}): the files and what
 * MANIFEST.csv expects the pipeline to do with each. Found through the system property {@code poi.corpus},
 * or as {@code ../shared/corpus/poi} beside the project.
 */
final class PoiCorpus {

    static final Path DIR = locate();

    private PoiCorpus() {
    }

    private static Path locate() {
        String configured = System.getProperty("poi.corpus");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus", "poi");
        return dir.toAbsolutePath().normalize();
    }

    static boolean present() {
        return Files.isRegularFile(DIR.resolve("MANIFEST.csv")) && Files.isDirectory(DIR.resolve("files"));
    }

    static String absentMessage() {
        return "POI corpus not found at " + DIR + " (set -Dpoi.corpus=<dir with MANIFEST.csv and files/>); skipped";
    }

    static Path file(String name) {
        return DIR.resolve("files").resolve(name);
    }

    /** Every file in files/, by name; empty if the corpus is absent. */
    static Stream<String> fileNames() throws IOException {
        if (!present()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(DIR.resolve("files"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** file name → expected_pipeline_behaviour, e.g. "reject: corrupt" or "read ok". */
    static Map<String, String> expectations() throws IOException {
        return column("expected_pipeline_behaviour");
    }

    /** file name → the manifest's notes, which say for some files what name to give them ("Copy it to .xlsx …"). */
    static Map<String, String> notes() throws IOException {
        return column("notes");
    }

    private static Map<String, String> column(String name) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(DIR.resolve("MANIFEST.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                values.put(row.get("file"), row.get(name).trim());
            }
        }
        return values;
    }
}
