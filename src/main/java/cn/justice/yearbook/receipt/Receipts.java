package cn.justice.yearbook.receipt;

import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Region;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.render.workbook.FeedbackWorkbookWriter;
import cn.justice.yearbook.store.Disposition;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Accounts to staff for every file they dropped: keeps a copy of each rejected file ({@link Quarantine}) and
 * rewrites, from the store, the receipt table of every year ({@code output/receipts/<year>/}), plus one for
 * files whose year could not be told. Running it again gives the same tables.
 */
@Component
public class Receipts {

    private static final Logger log = LoggerFactory.getLogger(Receipts.class);
    private static final int SHORT_CHECKSUM = 12;

    private final SubmissionRepository submissions;
    private final ReceiptRepository store;
    private final Quarantine quarantine;
    private final FeedbackWorkbookWriter feedback;
    private final OutputLayout layout;
    private final Region region;
    private final Clock clock;

    Receipts(SubmissionRepository submissions, ReceiptRepository store, Quarantine quarantine,
             FeedbackWorkbookWriter feedback, OutputLayout layout, Region region, Clock clock) {
        this.submissions = submissions;
        this.store = store;
        this.quarantine = quarantine;
        this.feedback = feedback;
        this.layout = layout;
        this.region = region;
        this.clock = clock;
    }

    /**
     * Quarantines every rejected file that has no copy yet, then writes every receipt table.
     * A file that cannot be copied is logged and left without a copy; the others go on.
     *
     * @param input the drop folder the rejected files are read from
     * @return the receipt tables written
     */
    public List<Path> publish(Path input) throws IOException {
        for (StoredSubmission s : submissions.all()) {
            if (s.status() == SubmissionStatus.REJECTED) {
                try {
                    quarantine.keep(s, input.resolve(s.relativePath()));
                } catch (IOException | RuntimeException e) {
                    log.error("Cannot keep a copy of rejected file {}: {}", s.relativePath(), e.toString());
                }
            }
        }
        List<Path> written = new ArrayList<>();
        ReceiptWorkbook workbook = new ReceiptWorkbook(region.name(), clock.instant());
        for (Receipt receipt : build()) {
            written.add(workbook.write(receipt, pathFor(receipt.year())));
        }
        log.info("Wrote {} receipt tables", written.size());
        return written;
    }

    /**
     * 「output/receipts/2025/云溪县-2025-报送回执.xlsx」; 「…/未识别/云溪县-未识别年度-报送回执.xlsx」 for no year; a prefecture's
     * under its own name: one receipt lists every county's files.
     */
    public Path pathFor(Integer year) {
        String name = year == null ? Messages.get("receipt.file-name.unidentified", region.name())
                : Messages.get("receipt.file-name", region.name(), year.toString());
        return layout.receiptsDir(year).resolve(OutputLayout.safeFileName(name));
    }

    /** The receipt of every year the store has files for, in year order, the one without a year last. */
    List<Receipt> build() {
        Map<Long, List<Finding>> findings = store.findingsBySubmission();
        List<StoredSubmission> all = submissions.all();
        Map<Long, StoredSubmission> byId = new HashMap<>();
        all.forEach(s -> byId.put(s.id(), s));

        Map<Integer, List<StoredSubmission>> received = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        all.forEach(s -> received.computeIfAbsent(Receipt.yearOf(s), k -> new ArrayList<>()).add(s));
        Map<Integer, List<Receipt.SetAside>> setAside = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (ReceiptRepository.SetAsideRow row : store.setAside()) {
            setAside.computeIfAbsent(yearOf(row), k -> new ArrayList<>()).add(setAside(row));
        }

        Map<Integer, Receipt> receipts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, Integer> places = places();
        ToIntFunction<StoredSubmission> place = s -> places.getOrDefault(placeKey(s.county(), s.township()), places.size());
        received.forEach((year, list) -> {
            list.sort(Comparator.comparingInt(place).thenComparing(StoredSubmission::receivedAt)
                    .thenComparing(StoredSubmission::id));
            List<Receipt.Entry> entries = list.stream()
                    .map(s -> entry(s, findings.getOrDefault(s.id(), List.of()), byId)).toList();
            receipts.put(year, new Receipt(year, entries, setAside.getOrDefault(year, List.of())));
        });
        setAside.forEach((year, list) -> receipts.putIfAbsent(year, new Receipt(year, List.of(), list)));
        return List.copyOf(receipts.values());
    }

    private Receipt.Entry entry(StoredSubmission s, List<Finding> findings, Map<Long, StoredSubmission> byId) {
        int errors = (int) findings.stream().filter(Finding::isError).count();
        int warnings = (int) findings.stream().filter(Finding::isOpenWarning).count();
        String supersededBy = s.supersededBy() == null ? null
                : Optional.ofNullable(byId.get(s.supersededBy())).map(StoredSubmission::relativePath).orElse(null);
        String copy = s.status() == SubmissionStatus.REJECTED ? quarantine.locate(s).map(this::relative).orElse(null) : null;
        // a prefecture's receipt lists every county's files, and township names repeat across counties
        String township = region.prefecture() && s.county() != null && s.township() != null ? s.county() + s.township()
                : s.township();
        return new Receipt.Entry(township, s.relativePath(), s.receivedAt(), shortChecksum(s.checksum()), Receipt.Outcome.of(s),
                errors, warnings, mainFinding(findings), supersededBy, relative(feedback.pathFor(s)), copy);
    }

    /** What matters most: a finding that rejects the file, else the first error, else the first open warning. */
    static String mainFinding(List<Finding> findings) {
        Optional<Finding> main = findings.stream().filter(f -> Rule.isFileLevel(f.ruleId())).findFirst()
                .or(() -> findings.stream().filter(Finding::isError).findFirst())
                .or(() -> findings.stream().filter(Finding::isOpenWarning).findFirst());
        return main.map(f -> f.location().isEmpty() ? f.message() : f.location() + "：" + f.message()).orElse(null);
    }

    private Receipt.SetAside setAside(ReceiptRepository.SetAsideRow row) {
        String status = Messages.get("status." + row.disposition().name());
        String note = row.disposition() == Disposition.UNCHANGED && row.sameAs() != null
                ? Messages.get("receipt.same-as", row.sameAs()) : null;
        return new Receipt.SetAside(row.relativePath(), row.seenAt(), status, note);
    }

    private static Integer yearOf(ReceiptRepository.SetAsideRow row) {
        if (row.folderYear() != null) {
            return row.folderYear();
        }
        Integer sameAsFolder = row.sameAs() == null ? null : DropFolderScanner.folderYear(row.sameAs());
        return sameAsFolder != null ? sameAsFolder : row.sameAsYear();
    }

    /** Places in the county file's order: each county's townships in turn, keyed by {@link #placeKey}. */
    private Map<String, Integer> places() {
        Map<String, Integer> places = new HashMap<>();
        for (County county : region.counties()) {
            for (Township township : county.townships()) {
                places.putIfAbsent(placeKey(county.name(), township.name()), places.size());
            }
        }
        return places;
    }

    private String placeKey(String county, String township) {
        return region.prefecture() ? county + "|" + township : township;
    }

    private static String shortChecksum(String checksum) {
        return checksum != null && checksum.matches("[0-9a-f]{64}") ? checksum.substring(0, SHORT_CHECKSUM)
                : Messages.get("receipt.unreadable-checksum");
    }

    private String relative(Path path) {
        return layout.root().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
