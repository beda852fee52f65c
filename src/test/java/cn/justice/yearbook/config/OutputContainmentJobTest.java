package cn.justice.yearbook.config;

import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.ReceiptTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Names that look like paths, in the county file (county and township names) and in the drop folder (file and
 * folder names), never make the pipeline write outside its output folder: every output name goes through
 * {@link OutputLayout#safeFileName} or {@link OutputLayout#safeRelative}.
 */
class OutputContainmentJobTest {

    private static final String COUNTY = """
            county:
              name: ../../云溪县
              bureau: 云溪县司法局
              townships:
                - name: ../../逃逸镇
                - name: 东区/西片
                - name: 渠南街道
            """;

    @TempDir
    Path temp;

    @Test
    void namesLikePathsStayInsideTheOutputFolder() throws IOException {
        Path countyFile = temp.resolve("config/county.yml");
        Files.createDirectories(countyFile.getParent());
        Files.writeString(countyFile, COUNTY, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline(temp.resolve("run"));
        CompleteReport.values().workbook("../../逃逸镇", 2025).writeTo(pipeline.input("2025/逃逸镇.xlsx"));
        CompleteReport.values().workbook("东区/西片", 2025).writeTo(pipeline.input("2025/东区.xlsx"));
        Files.createDirectories(pipeline.input("2025/x.."));
        Files.write(pipeline.input("2025/x../y..\\..\\..\\z.xlsx"), "not a workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(pipeline.command("template", "--county", countyFile.toString(), "--year", "2025").exitCode()).isZero();
        Pipeline.Result run = pipeline.run("--county", countyFile.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pipeline.outcome("2025/逃逸镇.xlsx").township()).isEqualTo("../../逃逸镇");
        assertThat(pipeline.outcome("2025/东区.xlsx").township()).isEqualTo("东区/西片");
        assertThat(pipeline.outcome("2025/x../y..\\..\\..\\z.xlsx").quarantine()).isEqualTo("quarantine/2025/x../y.._.._.._z.xlsx");
        assertThat(filesUnder(temp)).allSatisfy(file -> assertThat(file).matches("(config|run/input|run/output)/.*"));
        assertThat(filesUnder(temp.resolve("run/output/templates"))).containsExactlyInAnyOrder(
                "2025/_.._逃逸镇_2025年_法治政府建设统计报表.xlsx", "2025/东区_西片_2025年_法治政府建设统计报表.xlsx",
                "2025/渠南街道_2025年_法治政府建设统计报表.xlsx");
        Path receipt = pipeline.output().resolve("receipts/2025/_.._云溪县-2025-报送回执.xlsx");
        assertThat(ReceiptTable.read(receipt).row("2025/逃逸镇.xlsx")).containsEntry("填报单位", "../../逃逸镇");
    }

    @Test
    void aRelativePathCannotClimbOutOfItsFolder() {
        Path dir = temp.resolve("quarantine/2025");
        assertThat(OutputLayout.safeRelative(dir, "../../../etc/passwd")).isEqualTo(dir.resolve("_/_/_/etc/passwd"));
        assertThat(OutputLayout.safeRelative(dir, "a/./b/..\\c.xlsx")).isEqualTo(dir.resolve("a/_/b/_c.xlsx"));
        assertThat(OutputLayout.safeRelative(dir, "/abs/x.xlsx")).isEqualTo(dir.resolve("abs/x.xlsx"));
        assertThatThrownBy(() -> OutputLayout.safeRelative(dir, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameTooLongKeepsItsExtension() {
        String name = OutputLayout.safeFileName("报".repeat(200) + ".xlsx");
        assertThat(name).hasSize(OutputLayout.MAX_NAME_CHARS).endsWith("报.xlsx");
        assertThat(OutputLayout.safeFileName("渠南\u202Exslx.exe")).isEqualTo("渠南_xslx.exe");
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
