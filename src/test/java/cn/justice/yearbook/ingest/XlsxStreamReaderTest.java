package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.justice.yearbook.testing.SampleInput;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader must see exactly what POI sees, cell by cell, or leave the file to POI.
 * Every test compares the two readings of the same file: sheet names and visibility, the last row and the
 * last cell of each row, merged areas, and each cell's kind, number, text, percent and date flags and display.
 */
class XlsxStreamReaderTest {

    private static final int MAX_ROWS = WorkbookOpener.DEFAULT_MAX_ROWS;

    @TempDir
    Path dir;

    @Test
    void readsEveryShippedSampleWorkbookExactlyAsPoiDoes() throws Exception {
        List<Path> files = SampleInput.xlsxFiles();
        assertThat(files).hasSizeGreaterThan(30);
        int streamed = 0;
        for (Path file : files) {
            if (!new FileSniffer().sniff(file).kind().equals(FileKind.XLSX)) {
                continue; // the sample's deliberately broken files
            }
            assertSameAsPoi(file);
            streamed++;
        }
        assertThat(streamed).isGreaterThan(30);
    }

    @Test
    void readsEveryKindOfCellPoiWritesExactlyAsPoiDoes() throws Exception {
        Path file = EveryKindOfCell.write(new XSSFWorkbook(), dir.resolve("kinds.xlsx"));

        List<SheetCells> streamed = assertSameAsPoi(file);
        assertThat(streamed).extracting(SheetCells::name).containsExactly("报表", "附表", "空表");
        assertThat(streamed.get(0).content(4, 3)).satisfies(c -> {
            assertThat(c.percentFormat()).isTrue();
            assertThat(c.display()).isEqualTo("94.5%");
        });
    }

    @Test
    void readsTheDate1904SystemAsPoiDoes() throws Exception {
        Path file = dir.resolve("1904.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                    : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
            XSSFCell cell = workbook.createSheet("报表").createRow(0).createCell(0);
            cell.setCellValue(44000.0);
            cell.setCellStyle(style(workbook, "yyyy-mm-dd"));
            workbook.write(out);
        }
        List<SheetCells> streamed = assertSameAsPoi(file);
        assertThat(streamed.get(0).content(0, 0).display()).isEqualTo("2024-06-19");
    }

    @Test
    void readsHandWrittenPartsAsPoiDoes() throws Exception {
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedString("人民调解案件数")
                .sharedString("回车_x000D_换行")
                .sharedString("")
                .sharedStringRaw("<si><r><t>调解</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 成功</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ちょうてい</t></rPh></si>")
                .sharedStringRaw("<si><t>石桥</t><rPh sb=\"0\" eb=\"1\"><t>いし</t></rPh></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>40</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>内联_x0009_文字</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>甲</t></r><r><t>乙</t></r></is></c><c r=\"D2\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>1</v></c><c r=\"B4\" t=\"e\"><v>#N/A</v></c>"
                        + "<c r=\"C4\" t=\"str\"><f>A1&amp;\"\"</f><v>人民调解案件数</v></c><c r=\"D4\"><f>B1*2</f><v>80</v></c>"
                        + "<c r=\"E4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"F4\" t=\"b\"><f>TRUE()</f><v>0</v></c></row>"
                        + "<row r=\"5\"><c r=\"A5\"><v>1e3</v></c><c r=\"B5\"><v></v></c><c r=\"C5\"/><c r=\"D5\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"E5\"><f t=\"shared\" ref=\"E5:E6\" si=\"0\">B1+1</f><v>41</v></c></row>"
                        + "<row r=\"6\"><c r=\"E6\"><f t=\"shared\" si=\"0\"/><v>41</v></c><c r=\"AB6\" t=\"str\"><v>宽</v></c></row>"
                        + "<row r=\"9\" spans=\"1:3\"/>")
                .afterSheetData("<mergeCells count=\"2\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B5:D6\"/></mergeCells>")
                .build();
        Path file = Files.write(dir.resolve("hand.xlsx"), xlsx);

        List<SheetCells> streamed = assertSameAsPoi(file);
        SheetCells sheet = streamed.get(0);
        assertThat(sheet.content(0, 2).text()).isEqualTo("回车\r换行");
        assertThat(sheet.content(1, 0).text()).isEqualTo("调解 成功");
        assertThat(sheet.content(1, 3).text()).isEqualTo("石桥");
        assertThat(sheet.content(3, 4).text()).isEqualTo("#DIV/0!");
        assertThat(sheet.lastRowIndex()).isEqualTo(8);
    }

    @Test
    void leavesToPoiWhatItCannotReadExactlyAsPoiDoes() throws Exception {
        String[] sheets = {
                "<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>", // a formula without its saved result
                "<row><c r=\"A1\"><v>1</v></c></row>", // a row without its number
                "<row r=\"1\"><c><v>1</v></c></row>", // a cell without its address
                "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2025-01-01</v></c></row>", // an ISO date cell
                "<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:A2\">B1:B2</f><v>1</v></c></row>",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"B1\"><v>2</v></c></row>", // a row twice
                "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>", // a number POI cannot parse
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", // a shared string that is not there
                "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#NOPE!</v></c></row>", // an error code POI does not know
        };
        for (String sheetData : sheets) {
            Path file = Files.write(dir.resolve("declined.xlsx"), new TestPackages.Xlsx().sharedString("甲").sheetData(sheetData).build());
            assertThat(new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file))).as(sheetData).isEmpty();
            assertThat(XlsxStreamReader.staxOnly(MAX_ROWS).read(ZipBytes.of(file))).as(sheetData).isEmpty();
        }
    }

    @Test
    void aFormulaWithoutItsResultIsStillWorkedOutThroughPoi() throws Exception {
        Path file = Files.write(dir.resolve("formula.xlsx"), new TestPackages.Xlsx()
                .sheetData("<row r=\"1\"><c r=\"A1\"><v>40</v></c><c r=\"B1\"><f>A1*2+1</f></c></row>").build());
        try (OpenedWorkbook opened = new WorkbookOpener().openSheets(file, "formula.xlsx")) {
            assertThat(opened.visibleSheets().get(0)).isInstanceOf(PoiSheetCells.class);
            assertThat(opened.visibleSheets().get(0).content(0, 1).number()).isEqualTo(81.0);
        }
    }

    @Test
    void stopsAtTheSameLimitsAsPoisChecks() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 30; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        Path file = Files.write(dir.resolve("rows.xlsx"), new TestPackages.Xlsx().sheetData(rows.toString()).build());
        assertThat(new XlsxStreamReader(30).read(ZipBytes.of(file))).isPresent();
        assertThat(new XlsxStreamReader(29).read(ZipBytes.of(file))).isEmpty();
        assertThat(XlsxStreamReader.staxOnly(29).read(ZipBytes.of(file))).isEmpty();
        assertThatRejected(new WorkbookOpener(WorkbookOpener.DEFAULT_MAX_FILE_SIZE, 29), file, "超过 29 行");

        String longText = "法".repeat(TextVolumeCheck.MAX_CELL_CHARS + 1);
        Path tooLong = Files.write(dir.resolve("long.xlsx"), new TestPackages.Xlsx().sharedString(longText)
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").build());
        assertThat(new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(tooLong))).isEmpty();
        assertThatRejected(new WorkbookOpener(), tooLong, "32767");
    }

    @Test
    void readsTheCorpusWorkbooksItTakesExactlyAsPoiDoes() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        List<String> taken = new ArrayList<>();
        for (String name : PoiCorpus.fileNames().filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm")).toList()) {
            Path file = PoiCorpus.file(name);
            try {
                if (new FileSniffer().sniff(file).kind() != FileKind.XLSX) {
                    continue;
                }
                ZipIntegrityCheck.verify(ZipBytes.of(file));
                new WorkbookOpener().open(file, name).close();
            } catch (UnreadableFileException e) {
                continue; // refused before or by POI: the stream reader is never asked
            }
            if (new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file)).isPresent()) {
                assertSameAsPoi(file);
                taken.add(name);
            }
        }
        assertThat(taken).as("ordinary corpus workbooks take the fast path").contains("SampleSS.xlsx", "TwoSheetsOneHidden.xlsx");
    }

    @Test
    void showsWholeNumbersInTheGeneralFormatAsPoisFormatterDoes() {
        org.apache.poi.ss.usermodel.DataFormatter poi = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.CHINA);
        NumberFormats formats = NumberFormats.forPoiCells(false);
        double[] values = {0, -0.0, 1, -1, 7, 40, 120, 999, 1000, 12345, -98765, 1_000_000, 123_456_789, 99_999_999_999.0,
                -99_999_999_999.0, 1e10, 2.5e9};
        for (double v : values) {
            assertThat(NumberFormats.isPlainWholeNumber(v, "General")).as("%s", v).isTrue();
            assertThat(formats.number(v, 0, "General").display()).as("%s", v).isEqualTo(poi.formatRawCellContents(v, 0, "General"));
        }
        assertThat(NumberFormats.isPlainWholeNumber(1e11, "General")).isFalse();
        assertThat(NumberFormats.isPlainWholeNumber(0.5, "General")).isFalse();
        assertThat(NumberFormats.isPlainWholeNumber(5, "0")).isFalse();
    }

    private static void assertThatRejected(WorkbookOpener opener, Path file, String detail) {
        try (OpenedWorkbook ignored = opener.openSheets(file, file.getFileName().toString())) {
            throw new AssertionError("opened " + file);
        } catch (UnreadableFileException e) {
            assertThat(e.detailZh()).contains(detail);
        }
    }

    /** Compares the stream reader's sheets with POI's, and with its own reading by StAX alone; returns the streamed ones. */
    private static List<SheetCells> assertSameAsPoi(Path file) throws Exception {
        Optional<List<SheetCells>> streamed = new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file));
        assertThat(streamed).as("%s taken by the stream reader", file.getFileName()).isPresent();
        SameReading.assertSame(file.getFileName().toString(), XlsxStreamReader.staxOnly(MAX_ROWS).read(ZipBytes.of(file)), streamed);
        SameReading.assertSameAsPoi(file, streamed.get(), MAX_ROWS);
        return streamed.get();
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
