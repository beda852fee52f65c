package cn.justice.yearbook.ingest;

import cn.justice.yearbook.testing.SampleInput;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .xls record reader must see exactly what POI's object model sees, cell by cell, or leave the file to POI;
 * and it must leave to POI every file POI refuses, so that staff get the same verdict either way.
 */
class XlsRecordReaderTest {

    private static final int MAX_ROWS = WorkbookOpener.DEFAULT_MAX_ROWS;

    @TempDir
    Path dir;

    @Test
    void readsEveryShippedSampleXlsExactlyAsPoiDoes() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SampleInput.FOLDER)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xls")).sorted().toList();
        }
        int taken = 0;
        for (Path file : files) {
            if (new FileSniffer().sniff(file).kind() != FileKind.XLS) {
                continue;
            }
            assertSameAsPoi(file);
            taken++;
        }
        assertThat(taken).isGreaterThanOrEqualTo(2);
    }

    @Test
    void readsEveryKindOfCellPoiWritesExactlyAsPoiDoes() throws Exception {
        List<SheetCells> read = assertSameAsPoi(EveryKindOfCell.write(new HSSFWorkbook(), dir.resolve("kinds.xls")));
        assertThat(read).extracting(SheetCells::name).containsExactly("报表", "附表", "空表");
        SheetCells report = read.get(0);
        assertThat(report.content(4, 3)).satisfies(c -> {
            assertThat(c.percentFormat()).isTrue();
            assertThat(c.display()).isEqualTo("94.5%");
        });
        assertThat(report.content(20, 1).text()).isEqualTo("合计：");
        assertThat(report.content(20, 2).text()).isEqualTo("#DIV/0!");
        assertThat(report.content(20, 5).text()).isEmpty();
        assertThat(report.content(21, 7).text()).isEqualTo("#N/A");
        assertThat(report.lastColumn(21)).isEqualTo(9);
        assertThat(report.lastRowIndex()).isEqualTo(30);
    }

    @Test
    void readsBothDateSystemsAndTheCorpusWorkbooksItTakesExactlyAsPoiDoes() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        List<String> taken = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String name : PoiCorpus.fileNames().filter(n -> n.endsWith(".xls")).toList()) {
            switch (verdictAgainstPoi(PoiCorpus.file(name), true)) {
                case REFUSED_BY_POI -> refused.add(name);
                case TAKEN -> taken.add(name);
                default -> {
                }
            }
        }
        assertThat(taken).as("ordinary corpus workbooks take the fast path")
                .contains("chinese-provinces.xls", "1900DateWindowing.xls", "1904DateWindowing.xls", "StringContinueRecords.xls");
        assertThat(refused).as("the corpus has .xls files POI refuses").isNotEmpty();
    }

    @Test
    void damagedCopiesAreEitherReadAsPoiReadsThemOrLeftToPoi() throws Exception {
        byte[] original = Files.readAllBytes(EveryKindOfCell.write(new HSSFWorkbook(), dir.resolve("kinds.xls")));
        Random random = new Random(20261207);
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (int variant = 0; variant < 400; variant++) {
            byte[] damaged = original.clone();
            for (int i = 0, changes = 1 + random.nextInt(4); i < changes; i++) {
                damaged[512 + random.nextInt(damaged.length - 512)] = (byte) random.nextInt(256); // past the OLE2 header
            }
            Path file = Files.write(dir.resolve("damaged-" + variant + ".xls"), damaged);
            verdicts.merge(verdictAgainstPoi(file, false), 1, Integer::sum);
        }
        assertThat(verdicts.getOrDefault(Verdict.REFUSED_BY_POI, 0)).as("variants POI refuses").isGreaterThan(20);
        assertThat(verdicts.getOrDefault(Verdict.TAKEN, 0)).as("variants both read").isGreaterThan(20);
    }

    @Test
    void stopsAtTheSameRowLimitAsPoisCheck() throws Exception {
        Path file = dir.resolve("rows.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet sheet = workbook.createSheet("报表");
            for (int r = 0; r < 30; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            sheet.createRow(40).createCell(0); // a blank cell: no data, not counted
            workbook.write(out);
        }
        assertThat(new XlsRecordReader(30).read(file)).isPresent();
        assertThat(new XlsRecordReader(29).read(file)).isEmpty();
        try (OpenedWorkbook ignored = new WorkbookOpener(WorkbookOpener.DEFAULT_MAX_FILE_SIZE, 29).openSheets(file, "rows.xls")) {
            throw new AssertionError("opened a sheet of 30 rows with a limit of 29");
        } catch (UnreadableFileException e) {
            assertThat(e.detailZh()).contains("超过 29 行");
        }
    }

    @Test
    void theOpenerReadsAnOrdinaryXlsWithoutPoisObjectModel() throws Exception {
        Path file = EveryKindOfCell.write(new HSSFWorkbook(), dir.resolve("kinds.xls"));
        try (OpenedWorkbook opened = new WorkbookOpener().openSheets(file, "kinds.xls")) {
            assertThat(opened.visibleSheets()).allSatisfy(sheet -> assertThat(sheet).isInstanceOf(StreamedSheet.class));
            assertThat(opened.visibleSheets().get(0).content(3, 3).number()).isEqualTo(120.0);
        }
    }

    /** What became of a file here, POI's object model and the record reader both given it. */
    private enum Verdict { NOT_XLS, REFUSED_BY_POI, TAKEN, LEFT_TO_POI }

    /**
     * Gives the file to both: one POI refuses must be left to POI (so staff get POI's verdict), one the reader takes
     * must read as POI reads it; {@code displayAsDataFormatter} as in {@link SameReading#assertSameAsPoi}.
     */
    private static Verdict verdictAgainstPoi(Path file, boolean displayAsDataFormatter) throws Exception {
        if (new FileSniffer().sniff(file).kind() != FileKind.XLS) {
            return Verdict.NOT_XLS;
        }
        Optional<List<SheetCells>> read = new XlsRecordReader(MAX_ROWS).read(file);
        String refusal = poiRefusal(file);
        if (refusal != null) {
            assertThat(read).as("%s, which POI refuses (%s), is left to POI", file.getFileName(), refusal).isEmpty();
            return Verdict.REFUSED_BY_POI;
        }
        if (read.isEmpty()) {
            return Verdict.LEFT_TO_POI;
        }
        SameReading.assertSameAsPoi(file, read.get(), MAX_ROWS, displayAsDataFormatter);
        return Verdict.TAKEN;
    }

    /** Why POI refuses the file, or null when it opens it. */
    private static String poiRefusal(Path file) {
        try {
            new WorkbookOpener().open(file, file.getFileName().toString()).close();
            return null;
        } catch (UnreadableFileException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("the opener let an exception escape for " + file, e);
        }
    }

    private static List<SheetCells> assertSameAsPoi(Path file) throws Exception {
        Optional<List<SheetCells>> read = new XlsRecordReader(MAX_ROWS).read(file);
        assertThat(read).as("%s taken by the record reader", file.getFileName()).isPresent();
        SameReading.assertSameAsPoi(file, read.get(), MAX_ROWS);
        return read.get();
    }
}
