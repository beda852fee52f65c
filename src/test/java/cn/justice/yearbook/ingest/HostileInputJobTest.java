package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Folders;
import cn.justice.yearbook.testing.GeneratedDocs;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.ReceiptTable;
import cn.justice.yearbook.testing.TestWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One run over a drop folder of the bad files people really send, each written by the test: empty and cut-short
 * files, the wrong kind of file under a spreadsheet's name, a ledger of 100,000 rows, two townships in one file,
 * the usual wrong numbers, and names no file system likes. For each: the outcome, the Chinese message (what is
 * wrong and what to do), an untouched quarantine copy when the file is rejected, and its row in the receipt.
 * The table of cases in docs/hostile-input.md is this test's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputJobTest {

    private static final Duration WHOLE_RUN = Duration.ofMinutes(5);
    private static final String RLO = "\u202E";
    /** 217 characters, 238 bytes in UTF-8: near what a Linux file name can hold (255 bytes). */
    private static final String LONG_NAME = "渠南街道2025年度统计报表_" + "final-revised-version-".repeat(9) + ".xlsx";

    /**
     * A case: what it is, the file as dropped, and what must come of it.
     *
     * @param status  the report's status: ACCEPTED, WARNINGS, ERRORS or REJECTED; or IGNORED for a file not taken
     * @param rule    the rule that must be among the file's findings (the first one for a rejected file)
     * @param message fragments the message of that finding must contain
     */
    record Case(String what, String file, String status, String rule, List<String> message) {
    }

    @TempDir
    static Path temp;
    Pipeline pipeline;
    final List<Case> cases = new ArrayList<>();
    final Map<String, byte[]> written = new LinkedHashMap<>();
    Pipeline.Result result;
    RunReport report;
    ReceiptTable receipt;
    Map<String, String> inputBefore;

    @BeforeAll
    void dropTheBadFilesAndRunOnce() throws IOException {
        pipeline = new Pipeline(temp.resolve("run"));
        byte[] good = workbookBytes(CompleteReport.values().workbook("渠南街道", 2025));

        add("0-byte file", "2025/空.xlsx", new byte[0], "REJECTED", "FILE_EMPTY", "空文件", "0 字节", "重新保存后再报送");
        for (int percent : new int[]{10, 50, 90, 99}) {
            add("valid workbook cut short at " + percent + "% of its bytes", "2025/截断" + percent + ".xlsx",
                    Arrays.copyOf(good, good.length * percent / 100), "REJECTED", "FILE_UNREADABLE", "截断", "另存为 .xlsx 后重新报送");
        }
        add("no recognisable table", "2025/工作总结.xlsx",
                workbookBytes(TestWorkbook.create().row("2025年工作总结").row("今年我镇法治建设取得明显成效。")),
                "REJECTED", "NO_TABLE", "没有找到指标表", "请使用县司法局下发的报表模板填报");
        add("two townships in one file (one sheet each)", "2025/渠南城东合报.xlsx", twoTownships(good),
                "REJECTED", "MULTIPLE_TOWNSHIPS", "渠南街道", "城东街道", "每个乡镇（街道）请单独报送一个文件");
        add("the same indicator twice with different values", "2025/凤鸣乡.xlsx",
                workbookBytes(CompleteReport.values().workbook("凤鸣乡", 2025).row(99, "MED_CASES", "", "", 44, "")),
                "ERRORS", "DUPLICATE_INDICATOR", "出现了多次且数值不同", "40", "44", "请只保留正确的一行");
        add("text where a number belongs", "2025/石门镇.xlsx",
                workbookBytes(CompleteReport.values().with("PLS_CONSULTS", "见附件").workbook("石门镇", 2025)),
                "ERRORS", "VALUE_NOT_A_NUMBER", "「见附件」不是数字", "请只填写数字");
        add("negative count", "2025/城东街道.xlsx",
                workbookBytes(CompleteReport.values().with("MED_CASES", -3).workbook("城东街道", 2025)),
                "ERRORS", "NEGATIVE_VALUE", "-3 是负数", "请核对");
        add("rate of 120%", "2025/青山镇.xlsx",
                workbookBytes(CompleteReport.values().with("ENF_CERT_RATE", "120%").workbook("青山镇", 2025)),
                "ERRORS", "PERCENT_OUT_OF_RANGE", "120% 超出了 0～100% 的范围", "请核对");
        add("completed more than accepted (办结 > 受理)", "2025/白石镇.xlsx",
                workbookBytes(CompleteReport.values().with("PET_CLOSED", 410).with("PET_CLOSE_RATE", "").workbook("白石镇", 2025)),
                "ERRORS", "NUMERATOR_EXCEEDS_DENOMINATOR", "410", "406", "不能比后者大", "请核对");
        add("a part the central directory says is compressed by Zstandard (no decoder shipped)", "2025/压缩方式.xlsx",
                withMethod(good, "xl/worksheets/sheet1.xml", false, 93),
                "REJECTED", "FILE_UNREADABLE", "Excel 和 WPS 都不使用的压缩方式", "另存为 .xlsx 后重新报送");
        add("a part whose local header alone says Zstandard", "2025/压缩方式二.xlsx",
                withMethod(good, "xl/worksheets/sheet1.xml", true, 93),
                "REJECTED", "FILE_UNREADABLE", "压缩数据已损坏", "另存为 .xlsx 后重新报送");
        add("a sheet compressed by LZMA, as 7-Zip can write a zip (both headers say so)", "2025/压缩方式三.xlsx",
                withMethod(withMethod(good, "xl/worksheets/sheet1.xml", true, 14), "xl/worksheets/sheet1.xml", false, 14),
                "REJECTED", "FILE_UNREADABLE", "Excel 和 WPS 都不使用的压缩方式", "另存为 .xlsx 后重新报送");
        add("a sheet of 100,000 rows", "2025/十万行.xlsx", hundredThousandRows(),
                "REJECTED", "FILE_TOO_LARGE", "工作表「Sheet1」", "超过 2000 行", "请删除多余的工作表、图片或数据后重新报送");
        add("odd Unicode in the name: brackets, #, a right-to-left override", "2025/渠南 (最终版)#1 " + RLO + ".xlsx", good,
                "ACCEPTED", null);
        add("a very long name (" + LONG_NAME.length() + " characters)", "2025/" + LONG_NAME,
                "指标名称,本年数值\n人民调解案件数,40\n".getBytes(StandardCharsets.UTF_8),
                "REJECTED", "FILE_UNSUPPORTED_FORMAT", "CSV 文本文件", "另存为“Excel 工作簿（*.xlsx）”后重新报送");
        add("backslashes and dots in a name, in a subfolder", "2025/二组/上报..\\..\\..\\逃逸.xlsx", Arrays.copyOf(good, 100),
                "REJECTED", "FILE_UNREADABLE", "截断");
        add("a name starting with dots: a hidden file, like Excel's own lock files", "2025/..\\..\\逃逸.xlsx", good,
                "IGNORED", null);
        for (String[] group : new String[][]{{"一组", "柳林镇"}, {"二组", "三汇镇"}}) {
            add("the same file name as another township's, in its own subfolder", "2025/" + group[0] + "/报表.xlsx",
                    workbookBytes(CompleteReport.values().workbook(group[1], 2025)), "ACCEPTED", null);
        }
        add("a .csv dropped by mistake", "2025/城西街道.csv",
                "指标代码,本年数值\r\nMED_CASES,40\r\nMED_SUCCESS,34\r\n".getBytes(Charset.forName("GBK")),
                "REJECTED", "FILE_UNSUPPORTED_FORMAT", "CSV 文本文件", "另存为“Excel 工作簿（*.xlsx）”后重新报送");
        add("an .ods dropped by mistake", "2025/三汇镇.ods", ods(),
                "REJECTED", "FILE_UNSUPPORTED_FORMAT", "OpenDocument 表格（.ods）", "另存为“Excel 工作簿（*.xlsx）”后重新报送");
        add("a .docx renamed .xlsx", "2025/永安镇.xlsx", TestPackages.docx(),
                "REJECTED", "FILE_UNSUPPORTED_FORMAT", "Word 文档", "另存为“Excel 工作簿（*.xlsx）”后重新报送");
        inputBefore = Folders.fingerprint(pipeline.input());

        result = assertTimeoutPreemptively(WHOLE_RUN, () -> pipeline.run(), () -> "the run took longer than " + WHOLE_RUN);
        assertThat(result.exitCode()).as(result.err()).isZero();
        report = pipeline.latestReport();
        receipt = ReceiptTable.of(pipeline.output(), 2025);
    }

    private void add(String what, String file, byte[] bytes, String status, String rule, String... message) throws IOException {
        Path path = pipeline.input(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        written.put(file, bytes);
        cases.add(new Case(what, file, status, rule, List.of(message)));
    }

    @TestFactory
    Stream<DynamicTest> eachCaseEndsAsPromised() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.what(), () -> {
            RunReport.FileOutcome outcome = outcome(c.file());
            if (c.status().equals("IGNORED")) {
                assertThat(outcome.disposition()).isEqualTo("IGNORED");
                assertThat(receipt.setAsideRow(c.file())).containsEntry("处理结果", "已忽略（临时文件、锁定文件或隐藏文件）");
                return;
            }
            assertThat(outcome.status()).as(c.file()).isEqualTo(c.status());
            if (c.rule() != null) {
                RunReport.FindingEntry finding = outcome.findings().stream().filter(f -> f.ruleId().equals(c.rule()))
                        .findFirst().orElseThrow(() -> new AssertionError(c.rule() + " not among " + outcome.findings()));
                assertThat(finding.message()).contains(c.message());
                if (c.status().equals("REJECTED")) {
                    assertThat(rejection(outcome).ruleId()).isEqualTo(c.rule());
                } else {
                    assertThat(finding.sheet() + "!" + finding.cell()).matches("Sheet1![A-Z]+[0-9]+");
                }
            } else {
                assertThat(outcome.findings()).isEmpty();
            }

            Map<String, String> row = receipt.row(c.file());
            assertThat(row.get("处理结果")).isEqualTo(outcome.statusText());
            if (c.status().equals("REJECTED")) {
                assertThat(outcome.quarantine()).startsWith("quarantine/2025/");
                assertThat(Files.readAllBytes(pipeline.output().resolve(outcome.quarantine()))).isEqualTo(written.get(c.file()));
                assertThat(row.get("隔离副本")).isEqualTo(outcome.quarantine());
                assertThat(row.get("主要问题")).contains(rejection(outcome).message());
            } else {
                assertThat(outcome.quarantine()).isNull();
                assertThat(row.get("隔离副本")).isEmpty();
            }
        }));
    }

    @Test
    void everyDroppedFileIsInTheReportAndTheReceiptAndNoneWasChanged() {
        assertThat(report.files()).extracting(RunReport.FileOutcome::file).containsExactlyInAnyOrderElementsOf(written.keySet());
        assertThat(receipt.received().size() + receipt.setAside().size()).isEqualTo(written.size());
        assertThat(Folders.fingerprint(pipeline.input())).isEqualTo(inputBefore);
    }

    @Test
    void refusesTheHundredThousandRowSheetBeforeParsingIt() throws IOException {
        String log = Files.readString(pipeline.output().resolve("logs/yearbook.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Cannot open 2025/十万行.xlsx: sheet Sheet1 (part xl/worksheets/sheet1.xml) has more than 2000 rows holding data");
    }

    @Test
    void namesFromTheDropFolderNeverLeaveTheOutputFolder() throws IOException {
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly("run");
        assertThat(Files.list(temp.resolve("run")).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("input", "output");
        String escaped = outcome("2025/二组/上报..\\..\\..\\逃逸.xlsx").quarantine();
        assertThat(escaped).isEqualTo("quarantine/2025/二组/上报.._.._.._逃逸.xlsx");
        String odd = outcome("2025/渠南 (最终版)#1 " + RLO + ".xlsx").feedback();
        assertThat(odd).isEqualTo("feedback/2025/审核反馈_渠南 (最终版)#1 _.xlsx");
        assertThat(pipeline.output().resolve(odd)).exists();
        String longCopy = outcome("2025/" + LONG_NAME).quarantine();
        assertThat(Path.of(longCopy).getFileName().toString()).hasSize(120).endsWith(".xlsx");
    }

    @Test
    void filesOfTheSameNameKeepTheirOwnFeedback() {
        assertThat(outcome("2025/一组/报表.xlsx").feedback()).isEqualTo("feedback/2025/一组/审核反馈_报表.xlsx");
        assertThat(outcome("2025/二组/报表.xlsx").feedback()).isEqualTo("feedback/2025/二组/审核反馈_报表.xlsx");
        assertThat(pipeline.output().resolve("feedback/2025/一组/审核反馈_报表.xlsx")).isRegularFile();
        assertThat(pipeline.output().resolve("feedback/2025/二组/审核反馈_报表.xlsx")).isRegularFile();
    }

    @Test
    void theDocumentedTableIsWhatThisRunObserved() {
        StringBuilder table = new StringBuilder("""
                | case | file as dropped | status | rule | message to staff | quarantine copy |
                |---|---|---|---|---|---|
                """);
        for (Case c : cases) {
            RunReport.FileOutcome outcome = outcome(c.file());
            RunReport.FindingEntry first = c.rule() == null ? null : outcome.findings().stream()
                    .filter(f -> f.ruleId().equals(c.rule())).findFirst().orElseThrow();
            String status = outcome.statusText() != null ? outcome.statusText() : receipt.setAsideRow(c.file()).get("处理结果");
            table.append("| ").append(GeneratedDocs.cell(c.what())).append(" | ")
                    .append(GeneratedDocs.code(c.file().replace(RLO, "<U+202E>"))).append(" | ")
                    .append(status).append(" | ").append(first == null ? "" : first.ruleId()).append(" | ")
                    .append(first == null ? "" : GeneratedDocs.cell(first.message().replace(RLO, "<U+202E>"))).append(" | ")
                    .append(outcome.quarantine() == null ? "" : "yes").append(" |\n");
        }
        assertThat(GeneratedDocs.check(GeneratedDocs.HOSTILE_INPUT, "own-cases", table.toString())).isNull();
    }

    /** The finding that rejected a file. */
    private static RunReport.FindingEntry rejection(RunReport.FileOutcome outcome) {
        return outcome.findings().stream().filter(f -> Rule.isFileLevel(f.ruleId())).findFirst()
                .orElseThrow(() -> new AssertionError("No file-level finding in " + outcome.findings()));
    }

    private RunReport.FileOutcome outcome(String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("No outcome for " + file + " in " + report.files()));
    }

    private static byte[] workbookBytes(TestWorkbook workbook) throws IOException {
        Path file = Files.createTempFile(temp, "workbook", ".xlsx");
        workbook.writeTo(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** The workbook with the compression method of one part changed in its local header or its central directory entry. */
    private static byte[] withMethod(byte[] zip, String part, boolean local, int method) {
        byte[] copy = zip.clone();
        byte[] name = part.getBytes(StandardCharsets.US_ASCII);
        int nameAt = local ? 30 : 46;
        for (int at = 0; at + nameAt + name.length <= copy.length; at++) {
            boolean header = copy[at] == 'P' && copy[at + 1] == 'K' && copy[at + 2] == (local ? 3 : 1) && copy[at + 3] == (local ? 4 : 2);
            if (header && Arrays.equals(copy, at + nameAt, at + nameAt + name.length, name, 0, name.length)) {
                int methodAt = at + (local ? 8 : 10);
                copy[methodAt] = (byte) method;
                copy[methodAt + 1] = (byte) (method >> 8);
                return copy;
            }
        }
        throw new AssertionError("no " + (local ? "local" : "central") + " header of " + part);
    }

    /** A clean report of 渠南街道 with a copy of its sheet, made out for 城东街道. */
    private static byte[] twoTownships(byte[] good) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(good))) {
            Sheet copy = workbook.cloneSheet(0);
            workbook.setSheetName(1, "城东街道");
            copy.getRow(0).getCell(0).setCellValue("城东街道2025年度法治政府建设统计报表");
            copy.getRow(1).getCell(1).setCellValue("城东街道");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A report with a ledger of 100,000 numbered rows under its table, written as a stream. */
    private static byte[] hundredThousandRows() throws IOException {
        Path file = Files.createTempFile(temp, "ledger", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("渠南街道2025年度法治政府建设统计报表");
            String[] header = {"序号", "指标代码", "指标名称", "计量单位", "本年数值", "说明"};
            Row head = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 2; r < 100_002; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(2).setCellValue("台账第" + (r - 1) + "条");
                row.createCell(4).setCellValue(r % 97);
            }
            workbook.write(out);
            workbook.dispose();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** A minimal OpenDocument spreadsheet. */
    private static byte[] ods() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        parts.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Sheet1\"><table:table-row><table:table-cell><text:p>指标代码</text:p></table:table-cell>"
                + "<table:table-cell><text:p>本年数值</text:p></table:table-cell></table:table-row></table:table>"
                + "</office:spreadsheet></office:body></office:document-content>");
        return TestPackages.zip(parts);
    }
}
