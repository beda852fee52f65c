package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file of the shared POI corpus goes through the opener and comes out as MANIFEST.csv expects,
 * within a time bound, with no exception but {@link UnreadableFileException}.
 */
class WorkbookOpenerCorpusTest {

    /** The slowest legitimate file (50,000 merged regions) opens and is walked in a few seconds. */
    private static final Duration PER_FILE = Duration.ofSeconds(30);

    private static final Map<String, Set<Rule>> RULES_BY_EXPECTATION = Map.of(
            "reject: corrupt", Set.of(Rule.FILE_UNREADABLE),
            "reject: encrypted", Set.of(Rule.FILE_ENCRYPTED),
            "reject: unsupported format", Set.of(Rule.FILE_UNSUPPORTED_FORMAT),
            "reject: security limit", Set.of(Rule.FILE_SECURITY_LIMIT, Rule.FILE_TOO_LARGE));

    private static final Map<String, OpenOutcome> OBSERVED = new TreeMap<>();
    private static Map<String, String> expected;
    private final WorkbookOpener opener = new WorkbookOpener();

    @BeforeAll
    static void readManifest() throws IOException {
        expected = PoiCorpus.present() ? PoiCorpus.expectations() : Map.of();
    }

    static Stream<String> corpusFiles() throws IOException {
        List<String> names = PoiCorpus.fileNames().toList();
        return names.isEmpty() ? Stream.of("(corpus absent)") : names.stream();
    }

    @Test
    void manifestListsExactlyTheFilesPresent() throws IOException {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        assertThat(PoiCorpus.fileNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void opensOrRejectsEachFileAsTheManifestExpects(String name) {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        String expectation = expected.get(name);
        assertThat(expectation).as("MANIFEST.csv row for %s", name).isNotNull();

        OpenOutcome outcome = assertTimeoutPreemptively(PER_FILE, () -> OpenOutcome.of(opener, PoiCorpus.file(name)),
                () -> name + " took longer than " + PER_FILE);
        OBSERVED.put(name, outcome);

        if (expectation.equals("read ok")) {
            assertThat(outcome.opened()).as("%s should open, got %s: %s", name, outcome, outcome.operatorMessage()).isTrue();
            assertThat(outcome.sheets()).isPositive();
        } else {
            assertThat(RULES_BY_EXPECTATION).containsKey(expectation);
            assertThat(outcome.rule()).as("%s (%s), got %s", name, expectation, outcome)
                    .isIn(RULES_BY_EXPECTATION.get(expectation));
            assertThat(outcome.detailZh()).isNotBlank();
            assertThat(outcome.operatorMessage()).isNotBlank();
        }
    }

    /** The table for the report: target/surefire-reports/…WorkbookOpenerCorpusTest-output.txt. */
    @AfterAll
    static void printObservedOutcomes() {
        OBSERVED.forEach((name, outcome) -> System.out.println(
                "| " + name + " | " + expected.get(name) + " | " + outcome + " | " + outcome.operatorMessage() + " |"));
    }
}
