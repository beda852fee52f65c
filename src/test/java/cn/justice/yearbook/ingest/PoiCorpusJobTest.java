package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.Folders;
import cn.justice.yearbook.testing.GeneratedDocs;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.ReceiptTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The whole shared POI corpus dropped into one year folder (renamed where MANIFEST.csv says to, e.g. a Word
 * document given an .xlsx name) and put through one whole run of the pipeline, as staff would run it: the run
 * completes, every file is accounted for in the run report and the receipt, each ends as the manifest expects,
 * each rejected file is kept untouched in quarantine, and the drop folder is left as it was.
 *
 * <p>「read ok」 in the manifest means POI can read the file; none of these files is a township report, so here
 * it means the file was opened and then judged on its content (usually 「no table found」), not refused unread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoiCorpusJobTest {

    /** Generous: the whole run takes about 10 s on the build machine; it must never hang. */
    private static final Duration WHOLE_RUN = Duration.ofMinutes(5);
    private static final Pattern RENAME = Pattern.compile("Copy it to (?:a )?\\.(xlsx|xls)\\b");
    private static final Map<String, Set<Rule>> RULES_BY_EXPECTATION = Map.of(
            "reject: corrupt", Set.of(Rule.FILE_UNREADABLE),
            "reject: encrypted", Set.of(Rule.FILE_ENCRYPTED),
            "reject: unsupported format", Set.of(Rule.FILE_UNSUPPORTED_FORMAT),
            "reject: security limit", Set.of(Rule.FILE_SECURITY_LIMIT, Rule.FILE_TOO_LARGE));

    @TempDir
    static Path temp;
    Pipeline pipeline;
    /** corpus file name → its path below the drop folder */
    final Map<String, String> dropped = new TreeMap<>();
    Map<String, String> expected;
    Map<String, String> inputBefore;
    Pipeline.Result result;
    RunReport report;

    @BeforeAll
    void dropTheCorpusAndRunOnce() throws IOException {
        if (!PoiCorpus.present()) {
            return; // each test reports itself skipped, with where the corpus was looked for
        }
        pipeline = new Pipeline(temp);
        expected = PoiCorpus.expectations();
        Map<String, String> notes = PoiCorpus.notes();
        Files.createDirectories(pipeline.input("2025"));
        for (String name : PoiCorpus.fileNames().toList()) {
            Matcher rename = RENAME.matcher(notes.getOrDefault(name, ""));
            String as = "2025/" + (rename.find() ? name + "." + rename.group(1) : name);
            Files.copy(PoiCorpus.file(name), pipeline.input(as));
            dropped.put(name, as);
        }
        inputBefore = Folders.fingerprint(pipeline.input());

        long started = System.nanoTime();
        result = assertTimeoutPreemptively(WHOLE_RUN, () -> pipeline.run(), () -> "the run over the corpus took longer than " + WHOLE_RUN);
        System.out.printf("Whole run over %d corpus files: %d ms%n", dropped.size(), (System.nanoTime() - started) / 1_000_000);
        report = pipeline.latestReport();
    }

    @Test
    void theRunCompletesAndAccountsForEveryFile() {
        requireCorpus();
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isBlank();
        assertThat(report.files()).extracting(RunReport.FileOutcome::file).containsExactlyInAnyOrderElementsOf(dropped.values());
        assertThat(report.files()).allSatisfy(f -> assertThat(f.disposition()).as(f.file()).isEqualTo("PROCESSED"));
        assertThat(Folders.fingerprint(pipeline.input())).isEqualTo(inputBefore);
    }

    @Test
    void eachFileEndsAsTheManifestExpects() {
        requireCorpus();
        List<String> mismatches = new ArrayList<>();
        dropped.forEach((name, as) -> {
            String observed = category(outcome(as));
            if (!observed.equals(expected.get(name))) {
                mismatches.add(as + ": manifest expects " + expected.get(name) + ", got " + observed + " " + describe(outcome(as)));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyFileRefusedUnreadHasAChineseMessageThatSaysWhatToDo() {
        requireCorpus();
        for (String as : dropped.values()) {
            RunReport.FileOutcome outcome = outcome(as);
            if (outcome.status().equals("REJECTED")) {
                String message = outcome.findings().get(0).message();
                assertThat(message).as(as).containsPattern("\\p{IsHan}").containsAnyOf("请", "联系");
            }
        }
    }

    @Test
    void everyRejectedFileIsKeptUntouchedInQuarantine() throws IOException {
        requireCorpus();
        for (Map.Entry<String, String> file : dropped.entrySet()) {
            RunReport.FileOutcome outcome = outcome(file.getValue());
            if (outcome.status().equals("REJECTED")) {
                assertThat(outcome.quarantine()).as(file.getValue()).isNotNull().startsWith("quarantine/2025/");
                assertThat(pipeline.output().resolve(outcome.quarantine())).as(file.getValue())
                        .hasSameBinaryContentAs(PoiCorpus.file(file.getKey()));
            } else {
                assertThat(outcome.quarantine()).as(file.getValue()).isNull();
            }
        }
    }

    @Test
    void theReceiptListsEveryFileWithItsStatus() {
        requireCorpus();
        ReceiptTable receipt = ReceiptTable.of(pipeline.output(), 2025);
        assertThat(receipt.received()).hasSize(dropped.size());
        for (String as : dropped.values()) {
            assertThat(receipt.row(as).get("处理结果")).as(as).isEqualTo(outcome(as).statusText());
        }
    }

    @Test
    void theDocumentedTableIsWhatThisRunObserved() {
        requireCorpus();
        StringBuilder table = new StringBuilder("""
                | file as dropped | MANIFEST.csv expects | observed | status | rule | message to staff |
                |---|---|---|---|---|---|
                """);
        dropped.forEach((name, as) -> {
            RunReport.FileOutcome outcome = outcome(as);
            RunReport.FindingEntry first = outcome.findings().isEmpty() ? null : outcome.findings().get(0);
            table.append("| ").append(GeneratedDocs.code(as.substring("2025/".length()))).append(" | ")
                    .append(expected.get(name)).append(" | ").append(category(outcome)).append(" | ")
                    .append(outcome.statusText()).append(" | ").append(first == null ? "" : first.ruleId()).append(" | ")
                    .append(first == null ? "" : GeneratedDocs.cell(first.message())).append(" |\n");
        });
        assertThat(GeneratedDocs.check(GeneratedDocs.HOSTILE_INPUT, "corpus-outcomes", table.toString())).isNull();
    }

    private static void requireCorpus() {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
    }

    /** The manifest's words for what became of a file: which rule refused it unread, or 「read ok」. */
    private static String category(RunReport.FileOutcome outcome) {
        if (outcome.status().equals("REJECTED")) {
            String rule = outcome.findings().get(0).ruleId();
            for (Map.Entry<String, Set<Rule>> e : RULES_BY_EXPECTATION.entrySet()) {
                if (e.getValue().stream().anyMatch(r -> r.name().equals(rule))) {
                    return e.getKey();
                }
            }
        }
        return "read ok";
    }

    private static String describe(RunReport.FileOutcome outcome) {
        return outcome.status() + " " + outcome.findings().stream().map(RunReport.FindingEntry::ruleId).toList();
    }

    private RunReport.FileOutcome outcome(String as) {
        return report.files().stream().filter(f -> f.file().equals(as)).findFirst()
                .orElseThrow(() -> new AssertionError("No outcome for " + as));
    }
}
