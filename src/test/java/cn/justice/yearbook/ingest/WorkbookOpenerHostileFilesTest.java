package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files staff's old PCs and the occasional attacker produce, written by the test itself: each is rejected
 * under the right rule with a specific Chinese detail, quickly, and without any other exception.
 */
class WorkbookOpenerHostileFilesTest {

    private static final Duration PER_FILE = Duration.ofSeconds(20);
    private static final String SHEET1 = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private final WorkbookOpener opener = new WorkbookOpener();

    @Test
    void opensAnOrdinaryWorkbookWhateverItIsCalled() throws IOException {
        OpenOutcome outcome = open("渠南街道.xls", TestPackages.realXlsx());

        assertThat(outcome.opened()).as(outcome.toString()).isTrue();
        assertThat(outcome.cells()).isEqualTo(83);
    }

    @Test
    void rejectsAnEmptyFileAsEmpty() throws IOException {
        assertRejected(open("空.xlsx", new byte[0]), Rule.FILE_EMPTY, "空文件");
    }

    @ParameterizedTest(name = "cut at {0}%")
    @ValueSource(ints = {10, 50, 90, 99})
    void rejectsAWorkbookCutShortAsIncomplete(int percent) throws IOException {
        byte[] whole = TestPackages.realXlsx();

        OpenOutcome outcome = open("截断.xlsx", Arrays.copyOf(whole, whole.length * percent / 100));

        assertRejected(outcome, Rule.FILE_UNREADABLE, "截断");
    }

    @Test
    void rejectsACsvFileNamedXlsx() throws IOException {
        String csv = "指标名称,本年数值\n人民调解案件数,40\n法律援助案件数,12\n";

        assertRejected(open("报表.xlsx", csv.getBytes(StandardCharsets.UTF_8)), Rule.FILE_UNSUPPORTED_FORMAT, "CSV 文本文件");
        assertRejected(open("报表gbk.xlsx", csv.getBytes(Charset.forName("GBK"))), Rule.FILE_UNSUPPORTED_FORMAT, "CSV 文本文件");
    }

    @Test
    void rejectsATextFileNamedOds() throws IOException {
        byte[] text = "2025 年度法治政府建设情况说明\n全年共开展普法活动 40 场次。\n".getBytes(StandardCharsets.UTF_8);

        assertRejected(open("报表.ods", text), Rule.FILE_UNSUPPORTED_FORMAT, "纯文本文件");
    }

    @Test
    void rejectsARenamedWordDocumentNamingIt() throws IOException {
        assertRejected(open("报表.xlsx", TestPackages.docx()), Rule.FILE_UNSUPPORTED_FORMAT, "Word 文档");
    }

    @Test
    void rejectsAZippedWorkbookAsAnArchive() throws IOException {
        byte[] zipped = TestPackages.zip(Map.of("渠南街道.xlsx", "not really"));

        assertRejected(open("报表.xlsx", zipped), Rule.FILE_UNSUPPORTED_FORMAT, "ZIP 压缩包");
    }

    @Test
    void rejectsAZipWithTwoEntriesOfTheSameName() throws IOException {
        byte[] twoSheets = new TestPackages.Xlsx()
                .sheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .looseEntry("xl/worksheets/sheetX.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8))
                .build();
        byte[] duplicate = TestPackages.replaceAll(twoSheets, "xl/worksheets/sheetX.xml", SHEET1);

        assertRejected(open("重名.xlsx", duplicate), Rule.FILE_UNREADABLE, "重名");
    }

    @Test
    void rejectsAZipWhoseLocalEntryDisagreesWithItsDirectory() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx().sheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").build();
        int local = TestPackages.indexOf(xlsx, SHEET1.getBytes(StandardCharsets.US_ASCII), 0);
        byte[] tampered = xlsx.clone();
        tampered[local + SHEET1.length() - 5] = '2'; // the local header says sheet2.xml, the directory sheet1.xml

        assertRejected(open("不一致.xlsx", tampered), Rule.FILE_UNREADABLE, "前后不一致");
    }

    @Test
    void rejectsDamagedEntryData() throws IOException {
        byte[] xlsx = TestPackages.realXlsx();
        int local = TestPackages.indexOf(xlsx, SHEET1.getBytes(StandardCharsets.US_ASCII), 0);
        byte[] damaged = xlsx.clone();
        for (int i = local + 60; i < local + 90; i++) {
            damaged[i] ^= 0x5A;
        }

        OpenOutcome outcome = open("损坏.xlsx", damaged);

        assertThat(outcome.rule()).as(outcome.toString()).isEqualTo(Rule.FILE_UNREADABLE);
        assertThat(outcome.detailZh()).containsAnyOf("损坏", "不一致");
    }

    @Test
    void rejectsAZipBombBeforePoiParsesIt() throws IOException {
        byte[] bomb = new TestPackages.Xlsx().sheetData(blanks(256)).build(); // about 250 KB compressed

        OpenOutcome outcome = open("炸弹.xlsx", bomb);

        assertRejected(outcome, Rule.FILE_SECURITY_LIMIT, "压缩炸弹");
        // our own check stopped it (POI's words differ), within a few buffers of the grace size, not after inflating it all
        Matcher inflated = Pattern.compile("^zip bomb: xl/worksheets/sheet1\\.xml inflated to (\\d+) bytes from (\\d+)$")
                .matcher(outcome.operatorMessage());
        assertThat(inflated.matches()).as(outcome.operatorMessage()).isTrue();
        assertThat(Long.parseLong(inflated.group(1))).isBetween(PoiSecurityLimits.GRACE_ENTRY_SIZE, 4 * PoiSecurityLimits.GRACE_ENTRY_SIZE);
    }

    @Test
    void rejectsAZipBombWhoseDirectoryUnderstatesItsSize() throws IOException {
        byte[] bomb = new TestPackages.Xlsx().sheetData(blanks(64)).build();
        byte[] lying = understateSizeInCentralDirectory(bomb, SHEET1);

        assertRejected(open("炸弹2.xlsx", lying), Rule.FILE_SECURITY_LIMIT, "压缩炸弹");
    }

    @Test
    void rejectsAPartTooLargeToParseEvenAtAnOrdinaryCompressionRatio() throws IOException {
        Random random = new Random(7);
        byte[] bigSheet = new TestPackages.Xlsx().sheetData(out -> {
            StringBuilder rows = new StringBuilder();
            for (int r = 1; r <= 900_000; r++) { // about 45 MB of sheet XML
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                        .append(random.nextInt(1_000_000)).append("</v></c></row>");
                if (rows.length() > 1 << 16) {
                    out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                    rows.setLength(0);
                }
            }
            out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
        }).build();

        OpenOutcome outcome = open("大表.xlsx", bigSheet);

        assertRejected(outcome, Rule.FILE_TOO_LARGE, "上限");
    }

    @Test
    void rejectsAFileLargerThanTheConfiguredMaximum() throws IOException {
        Path file = write("大文件.xlsx", TestPackages.realXlsx());

        OpenOutcome outcome = assertTimeoutPreemptively(PER_FILE, () -> OpenOutcome.of(new WorkbookOpener(1024), file));

        assertRejected(outcome, Rule.FILE_TOO_LARGE, "上限");
    }

    @Test
    void rejectsADoctypeInThePackageManifest() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx().contentTypesPrefix("<!DOCTYPE Types [<!ENTITY a \"aaaaaaaa\">]>").build();

        assertRejected(open("实体.xlsx", xlsx), Rule.FILE_SECURITY_LIMIT, "DOCTYPE");
    }

    @Test
    void rejectsABillionLaughsInASharedString() throws IOException {
        StringBuilder entities = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedStringsPrefix(entities.append("]>").toString())
                .sharedString("&l9;")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .build();

        assertRejected(open("笑.xlsx", xlsx), Rule.FILE_SECURITY_LIMIT, "DOCTYPE");
    }

    @Test
    void rejectsAPackageWithTooManyParts() throws IOException {
        TestPackages.Xlsx xlsx = new TestPackages.Xlsx();
        for (int i = 0; i < 1_000; i++) {
            xlsx.looseEntry("junk/" + i + ".bin", new byte[] {1});
        }

        assertRejected(open("零碎.xlsx", xlsx.build()), Rule.FILE_SECURITY_LIMIT, "过多");
    }

    @Test
    void rejectsCellTextLongerThanExcelAllows() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedString("长".repeat(TextVolumeCheck.MAX_CELL_CHARS + 1))
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .build();

        assertRejected(open("长文本.xlsx", xlsx), Rule.FILE_SECURITY_LIMIT, "32767");
    }

    @Test
    void opensCellTextExactlyAtExcelsLimit() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedString("长".repeat(TextVolumeCheck.MAX_CELL_CHARS))
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .build();

        assertThat(open("长文本.xlsx", xlsx).opened()).isTrue();
    }

    @Test
    void rejectsOneLongStringReferencedByManyCells() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 400; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>0</v></c></row>");
        }
        byte[] xlsx = new TestPackages.Xlsx().sharedString("字".repeat(30_000)).sheetData(rows.toString()).build();

        assertRejected(open("放大.xlsx", xlsx), Rule.FILE_SECURITY_LIMIT, "文字总量");
    }

    @Test
    void rejectsMergedRegionsCoveringMillionsOfCells() throws IOException {
        StringBuilder merges = new StringBuilder("<mergeCells count=\"2000\">");
        for (int r = 1; r <= 2000; r++) {
            merges.append("<mergeCell ref=\"A").append(r).append(":NTP").append(r).append("\"/>"); // 10,000 columns
        }
        byte[] xlsx = new TestPackages.Xlsx()
                .sheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2000\"><c r=\"A2000\"><v>1</v></c></row>")
                .afterSheetData(merges.append("</mergeCells>").toString())
                .build();

        assertRejected(open("合并.xlsx", xlsx), Rule.FILE_SECURITY_LIMIT, "合并单元格");
    }

    @Test
    void rejectsAnXlsxSheetWithMoreRowsThanAReportBeforeParsingIt() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx().sheetData(rows(1, WorkbookOpener.DEFAULT_MAX_ROWS + 1, "<v>1</v>")).build();

        OpenOutcome outcome = open("台账.xlsx", xlsx);

        assertRejected(outcome, Rule.FILE_TOO_LARGE, "超过 2000 行");
        assertThat(outcome.operatorMessage()).contains("part xl/worksheets/sheet1.xml");
    }

    @Test
    void rejectsAnXlsSheetWithMoreRowsThanAReport() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = workbook.createSheet("台账");
            for (int r = 0; r <= WorkbookOpener.DEFAULT_MAX_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
        }

        assertRejected(open("台账.xls", out.toByteArray()), Rule.FILE_TOO_LARGE, "工作表「台账」中填有数据的行超过 2000 行");
    }

    @Test
    void opensASheetWhoseManyRowsAreOnlyFormatted() throws IOException {
        byte[] xlsx = new TestPackages.Xlsx().sheetData(rows(1, 1, "<v>1</v>") + rows(2, 20_000, "")).build();

        assertThat(open("格式.xlsx", xlsx).opened()).isTrue();
    }

    /** {@code count} rows numbered from {@code first}, each with one cell A holding {@code content}. */
    private static String rows(int first, int count, String content) {
        StringBuilder rows = new StringBuilder();
        for (int r = first; r < first + count; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\">").append(content).append("</c></row>");
        }
        return rows.toString();
    }

    /** Mebibytes of blanks between elements: valid XML that deflates about a thousandfold. */
    private static TestPackages.PartWriter blanks(int mebibytes) {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        return out -> {
            for (int i = 0; i < mebibytes; i++) {
                out.write(chunk);
            }
        };
    }

    private OpenOutcome open(String name, byte[] bytes) throws IOException {
        Path file = write(name, bytes);
        return assertTimeoutPreemptively(PER_FILE, () -> OpenOutcome.of(opener, file), () -> name + " took too long");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertRejected(OpenOutcome outcome, Rule rule, String detailFragment) {
        assertThat(outcome.rule()).as("%s: %s", outcome, outcome.operatorMessage()).isEqualTo(rule);
        assertThat(outcome.detailZh()).contains(detailFragment);
        assertThat(outcome.operatorMessage()).isNotBlank();
    }

    /** Sets the uncompressed size of {@code entry} in the central directory to 1,000 bytes. */
    private static byte[] understateSizeInCentralDirectory(byte[] zip, String entry) {
        byte[] central = {'P', 'K', 1, 2};
        byte[] name = entry.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = zip.clone();
        for (int at = TestPackages.indexOf(copy, central, 0); at >= 0; at = TestPackages.indexOf(copy, central, at + 4)) {
            int nameLength = (copy[at + 28] & 0xFF) | (copy[at + 29] & 0xFF) << 8;
            if (nameLength == name.length && TestPackages.indexOf(Arrays.copyOfRange(copy, at + 46, at + 46 + nameLength), name, 0) == 0) {
                copy[at + 24] = (byte) 0xE8; // 1000, little-endian
                copy[at + 25] = 0x03;
                copy[at + 26] = 0;
                copy[at + 27] = 0;
                return copy;
            }
        }
        throw new IllegalArgumentException(entry + " not in the central directory");
    }
}
