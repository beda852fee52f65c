package cn.justice.yearbook.receipt;

import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Folders;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.ReceiptTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three runs over one drop folder: a first drop with good, flawed, broken, duplicate and lock files; the same
 * folder again; then a corrected file. Every file shows up in the year's receipt table, every rejected one has
 * an untouched copy in quarantine, and the drop folder is never changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptAndQuarantineJobTest {

    private static final byte[] NOT_A_WORKBOOK = "指标名称,本年数值\n人民调解案件数,40\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRUNCATED = "PK\u0003\u0004 cut short".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    static Path temp;
    Pipeline pipeline;

    Map<String, String> inputBefore;
    Map<String, String> quarantineAfterFirstRun;
    ReceiptTable firstReceipt;
    ReceiptTable unidentifiedReceipt;
    RunReport firstReport;
    RunReport secondReport;
    Map<String, String> quarantineAfterSecondRun;
    ReceiptTable secondReceipt;
    ReceiptTable thirdReceipt;
    Map<String, String> inputAfter;

    @BeforeAll
    void runThreeTimes() throws Exception {
        pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        CompleteReport.values().with("MED_CASES", -3).workbook("城东街道", 2025).writeTo(pipeline.input("2025/城东街道.xlsx"));
        Files.write(pipeline.input("2025/坏.xlsx"), NOT_A_WORKBOOK);
        Files.createDirectories(pipeline.input("2025/二组"));
        Files.write(pipeline.input("2025/二组/坏.xlsx"), TRUNCATED);
        // year 2025 read from the sheet, so its copy would also be quarantine/2025/坏.xlsx: it takes a checksum suffix
        CompleteReport.values().workbook("幸福乡", 2025).writeTo(pipeline.input("坏.xlsx"));
        Files.write(pipeline.input("不知哪年.xlsx"), new byte[0]);
        Files.write(pipeline.input("2025/~$渠南街道.xlsx"), new byte[]{1, 2, 3});
        Files.copy(pipeline.input("2025/渠南街道.xlsx"), pipeline.input("2025/渠南街道（副本）.xlsx"));
        inputBefore = Folders.fingerprint(pipeline.input());

        assertThat(pipeline.run().exitCode()).isZero();
        firstReport = pipeline.latestReport();
        firstReceipt = ReceiptTable.of(pipeline.output(), 2025);
        unidentifiedReceipt = ReceiptTable.of(pipeline.output(), null);
        quarantineAfterFirstRun = Folders.fingerprint(pipeline.output().resolve("quarantine"));

        assertThat(pipeline.run().exitCode()).isZero();
        secondReport = pipeline.latestReport();
        secondReceipt = ReceiptTable.of(pipeline.output(), 2025);
        quarantineAfterSecondRun = Folders.fingerprint(pipeline.output().resolve("quarantine"));

        Path corrected = CompleteReport.values().workbook("城东街道", 2025).writeTo(pipeline.input("2025/城东街道（更正）.xlsx"));
        Files.setLastModifiedTime(corrected, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(pipeline.run().exitCode()).isZero();
        thirdReceipt = ReceiptTable.of(pipeline.output(), 2025);
        inputAfter = Folders.fingerprint(pipeline.input());
    }

    @Test
    void keepsAnUntouchedCopyOfEveryRejectedFileByTheYearItWasSentFor() throws Exception {
        assertThat(quarantineAfterFirstRun.keySet()).hasSize(4).contains("2025/坏.xlsx", "2025/二组/坏.xlsx", "未识别/不知哪年.xlsx")
                .anySatisfy(name -> assertThat(name).matches("2025/坏-[0-9a-f]{12}\\.xlsx"));
        assertThat(Files.readAllBytes(pipeline.output().resolve("quarantine/2025/坏.xlsx"))).isEqualTo(NOT_A_WORKBOOK);
        assertThat(Files.readAllBytes(pipeline.output().resolve("quarantine/2025/二组/坏.xlsx"))).isEqualTo(TRUNCATED);
        assertThat(copyOf("2025/坏.xlsx")).isEqualTo(inputBefore.get("2025/坏.xlsx"));
        assertThat(copyOf("2025/二组/坏.xlsx")).isEqualTo(inputBefore.get("2025/二组/坏.xlsx"));
        String suffixed = quarantineAfterFirstRun.keySet().stream().filter(n -> n.matches("2025/坏-.*")).findFirst().orElseThrow();
        assertThat(quarantineAfterFirstRun.get(suffixed)).isEqualTo(inputBefore.get("坏.xlsx"));
    }

    private String copyOf(String quarantined) {
        return quarantineAfterFirstRun.get(quarantined);
    }

    @Test
    void filesOfTheSameNameInDifferentFoldersKeepTheirOwnFeedback() {
        List<String> feedback = List.of("2025/坏.xlsx", "2025/二组/坏.xlsx", "坏.xlsx").stream()
                .map(file -> outcome(firstReport, file).feedback()).toList();
        assertThat(feedback).containsExactly("feedback/未识别/2025/审核反馈_坏.xlsx", "feedback/未识别/2025/二组/审核反馈_坏.xlsx",
                "feedback/未识别/审核反馈_坏.xlsx");
        assertThat(feedback).allSatisfy(path -> assertThat(pipeline.output().resolve(path)).isRegularFile());
    }

    @Test
    void neverCopiesAFileThatWasTaken() {
        assertThat(quarantineAfterFirstRun.keySet()).noneMatch(n -> n.contains("渠南街道") || n.contains("城东街道"));
    }

    @Test
    void theRunReportNamesEachRejectedFilesCopy() {
        RunReport.FileOutcome broken = outcome(firstReport, "2025/坏.xlsx");
        assertThat(broken.status()).isEqualTo("REJECTED");
        assertThat(broken.quarantine()).isEqualTo("quarantine/2025/坏.xlsx");
        assertThat(outcome(firstReport, "不知哪年.xlsx").quarantine()).isEqualTo("quarantine/未识别/不知哪年.xlsx");
        assertThat(outcome(firstReport, "2025/渠南街道.xlsx").quarantine()).isNull();
        // the next run sees the same bytes again, and still says where the copy is
        RunReport.FileOutcome again = outcome(secondReport, "2025/坏.xlsx");
        assertThat(again.disposition()).isEqualTo("UNCHANGED");
        assertThat(again.quarantine()).isEqualTo("quarantine/2025/坏.xlsx");
    }

    @Test
    void runningAgainKeepsNoSecondCopyAndWritesTheSameReceipt() {
        assertThat(quarantineAfterSecondRun).isEqualTo(quarantineAfterFirstRun);
        assertThat(secondReceipt.received()).isEqualTo(firstReceipt.received());
        assertThat(secondReceipt.setAside()).extracting(r -> r.get("文件")).isEqualTo(firstReceipt.setAside().stream().map(r -> r.get("文件")).toList());
    }

    @Test
    void neverChangesOrRemovesAnythingInTheDropFolder() {
        assertThat(inputAfter).containsAllEntriesOf(inputBefore);
        assertThat(inputAfter).hasSize(inputBefore.size() + 1);
    }

    @Test
    void listsEveryFileReceivedForTheYearWithItsStatusAndMainProblem() {
        assertThat(firstReceipt.title()).isEqualTo("云溪县法治政府建设统计报表报送回执（2025年度）");
        assertThat(firstReceipt.received()).extracting(r -> r.get("文件"))
                .containsExactlyInAnyOrder("2025/渠南街道.xlsx", "2025/城东街道.xlsx", "2025/坏.xlsx", "2025/二组/坏.xlsx", "坏.xlsx");

        Map<String, String> good = firstReceipt.row("2025/渠南街道.xlsx");
        assertThat(good).containsEntry("填报单位", "渠南街道").containsEntry("处理结果", "已采用")
                .containsEntry("错误", "0").containsEntry("待核实", "0").containsEntry("主要问题", "").containsEntry("隔离副本", "");
        assertThat(good.get("校验码")).matches("[0-9a-f]{12}");
        assertThat(good.get("接收时间")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(good.get("审核反馈")).isEqualTo("feedback/2025/审核反馈_渠南街道.xlsx");

        Map<String, String> flawed = firstReceipt.row("2025/城东街道.xlsx");
        assertThat(flawed).containsEntry("处理结果", "部分数据有错误，错误数据未采用").containsEntry("错误", "1");
        assertThat(flawed.get("主要问题")).startsWith("Sheet1!E15：").contains("负数");

        Map<String, String> broken = firstReceipt.row("2025/坏.xlsx");
        assertThat(broken).containsEntry("填报单位", "未能识别").containsEntry("处理结果", "退回，文件未能采用")
                .containsEntry("隔离副本", "quarantine/2025/坏.xlsx");
        assertThat(broken.get("主要问题")).contains("坏.xlsx", "CSV", "另存为");

        Map<String, String> unknownTownship = firstReceipt.row("坏.xlsx");
        assertThat(unknownTownship.get("主要问题")).contains("幸福乡", "不在云溪县的乡镇（街道）名单中");
        assertThat(unknownTownship.get("隔离副本")).matches("quarantine/2025/坏-[0-9a-f]{12}\\.xlsx");
    }

    @Test
    void listsFilesItDidNotTakeOnASecondSheet() {
        assertThat(firstReceipt.setAsideRow("2025/~$渠南街道.xlsx")).containsEntry("处理结果", "已忽略（临时文件、锁定文件或隐藏文件）");
        assertThat(firstReceipt.setAsideRow("2025/渠南街道（副本）.xlsx"))
                .containsEntry("处理结果", "内容与已处理过的文件相同，未重复计入")
                .containsEntry("说明", "与「2025/渠南街道.xlsx」内容相同，已按该文件处理。");
        assertThat(firstReceipt.setAside()).hasSize(2);
    }

    @Test
    void filesWithoutAYearGetAReceiptOfTheirOwn() {
        assertThat(unidentifiedReceipt.title()).isEqualTo("云溪县法治政府建设统计报表报送回执（年度未能识别的文件）");
        Map<String, String> empty = unidentifiedReceipt.row("不知哪年.xlsx");
        assertThat(empty).containsEntry("处理结果", "退回，文件未能采用").containsEntry("隔离副本", "quarantine/未识别/不知哪年.xlsx");
        assertThat(empty.get("主要问题")).contains("空文件", "0 字节", "重新保存");
        assertThat(empty.get("校验码")).matches("[0-9a-f]{12}");
    }

    @Test
    void aCorrectedFileShowsWhichFileItReplaced() {
        assertThat(thirdReceipt.row("2025/城东街道.xlsx")).containsEntry("处理结果", "已被新报送的文件替代")
                .containsEntry("替代文件", "2025/城东街道（更正）.xlsx");
        assertThat(thirdReceipt.row("2025/城东街道（更正）.xlsx")).containsEntry("处理结果", "已采用");
        List<String> order = thirdReceipt.received().stream().map(r -> r.get("填报单位")).toList();
        assertThat(order).startsWith("城东街道", "城东街道", "渠南街道").endsWith("未能识别");
    }

    private static RunReport.FileOutcome outcome(RunReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("No outcome for " + file));
    }
}
