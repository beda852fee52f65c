package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.render.workbook.TemplateWriter;
import cn.justice.yearbook.render.workbook.WorkbookFiles;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fills an input folder with several years of realistic township workbooks ({@code input/<year>/…}), the
 * same bytes for the same seed: figures from {@link SampleFigures}, typed as each township types them,
 * mostly in the bureau's template, and in the latest year a few deliberate mistakes (docs/sample-input.md).
 * It only adds or replaces its own files; nothing else in the folder is touched.
 */
public final class SampleInputGenerator {

    /** What a generated file is. */
    public enum Kind {
        WORKBOOK,
        /** The first of two submissions for one township and year; a corrected file replaces it. */
        SUPERSEDED_WORKBOOK,
        /** The few bytes Excel leaves beside a workbook it has open. */
        LOCK_FILE
    }

    /** One generated file, with what it reports (township and year as the workbook states them). */
    public record SampleFile(Path path, String township, int year, Layout layout, Kind kind) {
    }

    /** A mistake planted on purpose; {@code description} says what and with which numbers (English). */
    public record PlantedMistake(String township, int year, String kind, String description) {
    }

    public record Result(List<SampleFile> files, List<PlantedMistake> mistakes) {
        public Result {
            files = List.copyOf(files);
            mistakes = List.copyOf(mistakes);
        }

        public long workbooks() {
            return files.stream().filter(f -> f.kind() != Kind.LOCK_FILE).count();
        }
    }

    private final Catalogue catalogue;
    private final County county;
    private final SampleFigures figures;
    private final Draws draws;
    private final List<TownshipProfile> townships;
    private final int maxMistakes;

    public SampleInputGenerator(Catalogue catalogue, County county, long seed) {
        this(catalogue, county, seed, Integer.MAX_VALUE);
    }

    /** @param maxMistakes at most this many townships make a deliberate mistake in the latest year */
    public SampleInputGenerator(Catalogue catalogue, County county, long seed, int maxMistakes) {
        this.maxMistakes = maxMistakes;
        this.catalogue = catalogue;
        this.county = county;
        this.draws = new Draws(seed);
        this.figures = new SampleFigures(catalogue, draws);
        List<TownshipProfile> profiles = new ArrayList<>();
        for (int i = 0; i < county.townships().size(); i++) {
            profiles.add(TownshipProfile.of(county.townships().get(i), i, draws));
        }
        this.townships = List.copyOf(profiles);
    }

    /** Writes {@code inputDir/<year>/…} for every township and every year from {@code fromYear} to {@code toYear}. */
    public Result generate(Path inputDir, int fromYear, int toYear) throws IOException {
        if (fromYear > toYear || toYear - fromYear > 20) {
            throw new IllegalArgumentException("Years must run forwards over at most 20 years: " + fromYear + "–" + toYear);
        }
        SamplePlan plan = SamplePlan.make(townships, catalogue, figures, draws, toYear);
        plan.keepMistakes(maxMistakes);
        List<SampleFile> files = new ArrayList<>();
        List<PlantedMistake> planted = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            Path dir = inputDir.resolve(Integer.toString(year));
            Files.createDirectories(dir);
            for (TownshipProfile township : townships) {
                Layout layout = plan.layout(township, year, fromYear, toYear);
                FileDraft draft = new FileDraft(catalogue, township, year, layout, fileName(township, year, layout),
                        submittedAt(township, year), plan.habits(township), figures.of(township, year));
                Mistake mistake = year == toYear ? plan.mistakeOf(township) : null;
                if (mistake == Mistake.RESUBMISSION) {
                    files.add(write(resubmittedOriginal(draft, planted), dir, Kind.SUPERSEDED_WORKBOOK));
                    draft = draft.copy(draft.fileName.replaceFirst("(\\.xlsx?)$", "（更正）$1"),
                            draft.submitted.plus(Duration.ofDays(9).plusHours(6)));
                    draft.note("PET_CLOSED", "更正：原报数值有误。");
                } else if (mistake != null && mistake != Mistake.EXCEL_LOCK_FILE) {
                    planted.add(new PlantedMistake(township.name(), year, mistake.name(), mistake.plant(draft)));
                }
                SampleFile written = write(draft, dir, Kind.WORKBOOK);
                files.add(written);
                if (mistake == Mistake.EXCEL_LOCK_FILE) {
                    files.add(lockFile(written, draft.submitted.plus(Duration.ofDays(10))));
                    planted.add(new PlantedMistake(township.name(), year, mistake.name(),
                            "Excel lock file " + files.get(files.size() - 1).path().getFileName() + " beside its workbook"));
                }
            }
        }
        return new Result(files, planted);
    }

    /** The figures a township truly has in a year, before typing and mistakes (for tests). */
    Map<String, BigDecimal> figures(String township, int year) {
        return figures.of(townships.stream().filter(t -> t.name().equals(township)).findFirst().orElseThrow(), year);
    }

    /** The first file of a resubmission: PET_CLOSED with its digits swapped, more than were received. */
    private FileDraft resubmittedOriginal(FileDraft draft, List<PlantedMistake> planted) {
        FileDraft original = draft.copy(draft.fileName, draft.submitted);
        long received = draft.figure("PET_RECEIVED").longValue();
        long wrong = Mistake.wrongClosedCount(received);
        original.set("PET_CLOSED", wrong);
        original.leaveBlank("PET_CLOSE_RATE");
        planted.add(new PlantedMistake(draft.township.name(), draft.year, Mistake.RESUBMISSION.name(),
                "first file " + draft.fileName + " has PET_CLOSED " + wrong + " > PET_RECEIVED " + received
                        + "; a corrected file (later modification time, 「（更正）」 in its name) replaces it"));
        return original;
    }

    private SampleFile write(FileDraft draft, Path dir, Kind kind) throws IOException {
        Path path = draft.writer(catalogue, county).write(dir.resolve(draft.fileName));
        return new SampleFile(path, draft.township.name(), draft.year, draft.layout, kind);
    }

    /** What Excel leaves while a workbook is open: 165 bytes holding the user's name twice. */
    private static SampleFile lockFile(SampleFile workbook, Instant when) throws IOException {
        String user = "Administrator";
        byte[] bytes = new byte[165];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = (byte) user.length();
        byte[] ascii = user.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, bytes, 1, ascii.length);
        bytes[54] = (byte) user.length();
        bytes[55] = 0;
        byte[] utf16 = user.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, bytes, 56, utf16.length);
        for (int i = 56 + utf16.length + 1; i < bytes.length; i += 2) {
            bytes[i] = 0;
        }
        Path path = workbook.path().resolveSibling("~$" + workbook.path().getFileName());
        Files.write(path, bytes);
        Files.setLastModifiedTime(path, FileTime.from(when));
        return new SampleFile(path, workbook.township(), workbook.year(), null, Kind.LOCK_FILE);
    }

    private static String fileName(TownshipProfile township, int year, Layout layout) {
        String name = township.name();
        return switch (layout) {
            case TEMPLATE -> TemplateWriter.fileName(name, year);
            case FREE_FORM -> OutputLayout.safeFileName(name + year + "年法治政府建设工作情况统计表.xlsx");
            case LEGACY_XLS -> OutputLayout.safeFileName(name + "法治政府建设情况统计表（" + year + "）.xls");
            case HEADERLESS -> OutputLayout.safeFileName(name + year + "年度数据.xlsx");
        };
    }

    /** Townships hand in over the first weeks of January, each on its own day and hour. */
    private static Instant submittedAt(TownshipProfile township, int year) {
        int i = township.index();
        return LocalDateTime.of(year + 1, 1, 5 + i % 12, 9 + i % 8, (i * 7) % 60).atZone(WorkbookFiles.ZONE).toInstant();
    }
}
