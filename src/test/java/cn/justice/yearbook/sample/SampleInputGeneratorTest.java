package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.sample.SampleInputGenerator.Kind;
import cn.justice.yearbook.sample.SampleInputGenerator.PlantedMistake;
import cn.justice.yearbook.sample.SampleInputGenerator.Result;
import cn.justice.yearbook.sample.SampleInputGenerator.SampleFile;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static cn.justice.yearbook.support.SampleData.CATALOGUE;
import static cn.justice.yearbook.support.SampleData.COUNTY;
import static cn.justice.yearbook.support.SampleData.number;
import static cn.justice.yearbook.support.SampleData.read;
import static cn.justice.yearbook.support.SampleData.valuesOf;
import static org.assertj.core.api.Assertions.assertThat;

class SampleInputGeneratorTest {

    private static final int FROM = 2023;
    private static final int TO = 2025;

    @TempDir
    static Path root;

    private static SampleInputGenerator generator;
    private static Result result;
    private static final Map<Path, WorkbookReading> readings = new java.util.HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        generator = new SampleInputGenerator(CATALOGUE, COUNTY, 42);
        result = generator.generate(root.resolve("input"), FROM, TO);
    }

    @Test
    void sameSeedGivesTheSameBytesAndTimes() throws IOException {
        Result again = new SampleInputGenerator(CATALOGUE, COUNTY, 42).generate(root.resolve("again"), FROM, TO);

        assertThat(again.files()).hasSameSizeAs(result.files());
        for (int i = 0; i < result.files().size(); i++) {
            Path first = result.files().get(i).path();
            Path second = again.files().get(i).path();
            assertThat(second.getFileName()).isEqualTo(first.getFileName());
            assertThat(Files.readAllBytes(second)).as(first.toString()).isEqualTo(Files.readAllBytes(first));
            assertThat(Files.getLastModifiedTime(second)).isEqualTo(Files.getLastModifiedTime(first));
        }
        assertThat(again.mistakes()).isEqualTo(result.mistakes());
    }

    @Test
    void anotherSeedGivesOtherFigures() {
        SampleInputGenerator other = new SampleInputGenerator(CATALOGUE, COUNTY, 43);
        assertThat(other.figures("渠南街道", TO)).isNotEqualTo(generator.figures("渠南街道", TO));
    }

    @Test
    void writesEveryTownshipEveryYearIntoItsYearFolder() {
        for (int year = FROM; year <= TO; year++) {
            int y = year;
            List<SampleFile> workbooks = result.files().stream().filter(f -> f.year() == y && f.kind() == Kind.WORKBOOK).toList();
            assertThat(workbooks).extracting(SampleFile::township)
                    .containsExactlyElementsOf(COUNTY.townships().stream().map(Township::name).toList());
            assertThat(workbooks).allSatisfy(f -> assertThat(f.path().getParent().getFileName().toString()).isEqualTo(Integer.toString(y)));
        }
    }

    @Test
    void mostWorkbooksUseTheTemplateAndEveryOtherLayoutOccurs() throws IOException {
        List<SampleFile> workbooks = result.files().stream().filter(f -> f.kind() != Kind.LOCK_FILE).toList();
        assertThat(workbooks.stream().filter(f -> f.layout() == Layout.TEMPLATE).count()).isGreaterThanOrEqualTo(workbooks.size() * 3 / 4);
        assertThat(workbooks).extracting(SampleFile::layout).contains(Layout.values());
        for (SampleFile file : workbooks) {
            assertThat(Files.size(file.path())).as(file.path().toString()).isLessThan(16 * 1024);
        }
    }

    @Test
    void readerFindsTheTownshipAndYearOfEveryWorkbook() {
        for (SampleFile file : result.files()) {
            if (file.kind() == Kind.LOCK_FILE) {
                continue;
            }
            WorkbookReading reading = reading(file);
            assertThat(reading.rejected()).as(file.path().toString()).isFalse();
            assertThat(reading.township()).as(file.path().toString()).isNotNull();
            assertThat(reading.township().name()).as(file.path().toString()).isEqualTo(file.township());
            assertThat(reading.year()).as(file.path().toString()).isEqualTo(file.year());
            assertThat(reading.findings()).as(file.path().toString()).isEmpty();
        }
    }

    @Test
    void readerReadsTheTrueFiguresWhereverNoMistakeWasPlanted() {
        for (SampleFile file : result.files()) {
            if (file.kind() != Kind.WORKBOOK) {
                continue;
            }
            Map<String, BigDecimal> truth = generator.figures(file.township(), file.year());
            Set<String> planted = plantedCodes(file);
            WorkbookReading reading = reading(file);
            int compared = 0;
            for (ReportedValue value : reading.values()) {
                if (planted.contains(value.code()) || !value.parsed().hasValue()) {
                    continue;
                }
                assertThat(value.parsed().number()).as("%s %s", file.path().getFileName(), value.code())
                        .isEqualByComparingTo(truth.get(value.code()));
                compared++;
            }
            assertThat(compared).as(file.path().toString()).isGreaterThan(35);
        }
    }

    @Test
    void trueFiguresKeepTheRelationsHonestReportsKeep() {
        for (Township township : COUNTY.townships()) {
            for (int year = 2018; year <= 2030; year++) {
                Map<String, BigDecimal> f = generator.figures(township.name(), year);
                String where = township.name() + " " + year;
                assertThat(f.get("MED_SUCCESS")).as(where).isLessThanOrEqualTo(f.get("MED_CASES"));
                assertThat(f.get("MED_CASES")).as(where).isLessThanOrEqualTo(f.get("MED_SCREENED"));
                assertThat(f.get("PET_CLOSED")).as(where).isLessThanOrEqualTo(f.get("PET_RECEIVED"));
                assertThat(f.get("ENF_CERTIFIED")).as(where).isLessThanOrEqualTo(f.get("ENF_STAFF"));
                assertThat(f.get("STUDY_EXAM_TAKEN")).as(where).isLessThanOrEqualTo(f.get("STUDY_EXAM_REQUIRED"));
                assertThat(f.get("RS_PLACED")).as(where).isLessThanOrEqualTo(f.get("RS_SUBJECTS"));
                assertThat(f.get("LIT_HEAD_APPEAR")).as(where).isLessThanOrEqualTo(f.get("LIT_SUITS"));
                assertThat(f.get("STUDY_TRAIN_ATTEND")).as(where).isGreaterThanOrEqualTo(f.get("STUDY_TRAIN_SESSIONS"));
                assertThat(f.get("DEC_LEGAL_REVIEWS")).as(where).isGreaterThanOrEqualTo(f.get("DEC_MAJOR"));
                BigDecimal villages = f.get("ADMIN_VILLAGES");
                assertThat(f.get("MED_COMMITTEES")).as(where).isLessThanOrEqualTo(villages.add(BigDecimal.ONE));
                assertThat(f.get("PLS_STATIONS")).as(where).isLessThanOrEqualTo(villages.add(BigDecimal.ONE));
                assertThat(f.get("PLS_ADVISOR_VILLAGES")).as(where).isLessThanOrEqualTo(villages);
                assertThat(f.get("MED_MEDIATORS")).as(where).isGreaterThanOrEqualTo(f.get("MED_COMMITTEES").multiply(BigDecimal.valueOf(3)));
                for (Indicator rate : CATALOGUE.indicators().stream().filter(Indicator::isRatio).toList()) {
                    assertThat(f.get(rate.code())).as(where + " " + rate.code())
                            .isEqualByComparingTo(SampleFigures.rate(f.get(rate.numeratorCode()), f.get(rate.denominatorCode())));
                }
            }
        }
    }

    @Test
    void streetsHandleMoreDisputesThanXiangs() {
        BigDecimal street = generator.figures("城东街道", TO).get("MED_CASES");
        BigDecimal xiang = generator.figures("桃源乡", TO).get("MED_CASES");
        assertThat(street).isGreaterThan(xiang);
    }

    @Test
    void latestYearCarriesTheDeliberateMistakes() throws IOException {
        assertThat(result.mistakes()).extracting(PlantedMistake::kind)
                .containsExactlyInAnyOrder(names(Mistake.values()));
        assertThat(result.mistakes()).allSatisfy(m -> assertThat(m.year()).isEqualTo(TO));

        WorkbookReading unreachable = readLatest(mistake(Mistake.RATE_UNREACHABLE));
        assertThat(number(unreachable, "MED_CASES")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("53"));
        assertThat(number(unreachable, "MED_SUCCESS_RATE")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("98.8"));
        assertThat(valuesOf(unreachable, "MED_SUCCESS").get(0).parsed().status()).isEqualTo(ParsedValue.Status.MISSING);

        WorkbookReading exceeding = readLatest(mistake(Mistake.SUCCESSES_EXCEED_CASES));
        assertThat(number(exceeding, "MED_SUCCESS").orElseThrow()).isGreaterThan(number(exceeding, "MED_CASES").orElseThrow());

        WorkbookReading blank = readLatest(mistake(Mistake.REQUIRED_LEFT_BLANK));
        assertThat(valuesOf(blank, "CC_SUBJECTS").get(0).parsed().status()).isEqualTo(ParsedValue.Status.MISSING);
        assertThat(CATALOGUE.get("CC_SUBJECTS").required()).isTrue();

        ReportedValue approximate = valuesOf(readLatest(mistake(Mistake.APPROXIMATE_COUNT)), "PUB_MATERIALS").get(0);
        assertThat(approximate.parsed().approximate()).isTrue();
        assertThat(approximate.display()).endsWith("余");

        WorkbookReading explained = readLatest(mistake(Mistake.SWING_EXPLAINED));
        assertThat(valuesOf(explained, "PET_RECEIVED").get(0).note()).contains("12345");
        WorkbookReading unexplained = readLatest(mistake(Mistake.SWING_UNEXPLAINED));
        assertThat(valuesOf(unexplained, "PUB_EVENTS").get(0).note()).isEmpty();
    }

    @Test
    void resubmissionLeavesAnOlderAndALaterCorrectedFile() throws IOException {
        String township = mistake(Mistake.RESUBMISSION).township();
        SampleFile original = only(f -> f.township().equals(township) && f.year() == TO && f.kind() == Kind.SUPERSEDED_WORKBOOK);
        SampleFile corrected = only(f -> f.township().equals(township) && f.year() == TO && f.kind() == Kind.WORKBOOK);

        assertThat(corrected.path().getFileName().toString()).contains("（更正）");
        assertThat(Files.getLastModifiedTime(corrected.path())).isGreaterThan(Files.getLastModifiedTime(original.path()));
        WorkbookReading first = read(original.path(), TO);
        assertThat(number(first, "PET_CLOSED").orElseThrow()).isGreaterThan(number(first, "PET_RECEIVED").orElseThrow());
        WorkbookReading second = read(corrected.path(), TO);
        assertThat(number(second, "PET_CLOSED").orElseThrow()).isLessThanOrEqualTo(number(second, "PET_RECEIVED").orElseThrow());
    }

    @Test
    void excelLockFileSitsBesideItsWorkbook() throws IOException {
        SampleFile lock = only(f -> f.kind() == Kind.LOCK_FILE);
        assertThat(lock.path().getFileName().toString()).startsWith("~$").endsWith(".xlsx");
        assertThat(Files.size(lock.path())).isEqualTo(165);
        assertThat(lock.path().resolveSibling(lock.path().getFileName().toString().substring(2))).exists();
        try (Stream<Path> all = Files.walk(root.resolve("input"))) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("~$")).count()).isEqualTo(1);
        }
    }

    @Test
    void taskSaysWhatItDidInChinese() throws IOException {
        String line = new SampleInputTask(CATALOGUE, COUNTY).run(42, 2024, 2025, root.resolve("task"));
        assertThat(line).contains("示例报表 29 个").contains("14 个乡镇（街道）").contains("2024—2025 年");
    }

    private static WorkbookReading reading(SampleFile file) {
        return readings.computeIfAbsent(file.path(), p -> read(p, file.year()));
    }

    private static PlantedMistake mistake(Mistake kind) {
        return result.mistakes().stream().filter(m -> m.kind().equals(kind.name())).findFirst().orElseThrow();
    }

    private static WorkbookReading readLatest(PlantedMistake mistake) {
        return reading(only(f -> f.township().equals(mistake.township()) && f.year() == TO && f.kind() == Kind.WORKBOOK));
    }

    private static SampleFile only(Predicate<SampleFile> filter) {
        List<SampleFile> found = result.files().stream().filter(filter).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The codes a planted mistake changed in this file, and the rates built on them. */
    private static Set<String> plantedCodes(SampleFile file) {
        Set<String> codes = new HashSet<>();
        for (PlantedMistake m : result.mistakes()) {
            if (m.township().equals(file.township()) && m.year() == file.year()) {
                codes.addAll(Mistake.valueOf(m.kind()).codes());
            }
        }
        for (String code : List.copyOf(codes)) {
            CATALOGUE.ratiosUsing(code).forEach(rate -> codes.add(rate.code()));
        }
        return codes;
    }

    private static String[] names(Mistake[] mistakes) {
        return Stream.of(mistakes).map(Enum::name).toArray(String[]::new);
    }
}
