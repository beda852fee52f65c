package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport.FileOutcome;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.SystemLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drop folder checksummed by the native SHA-256 (the threshold set to every folder) records the same checksums as
 * the JDK's digest: on the run report, for a file dropped twice, and for the unchanged files of the next run.
 */
class NativeChecksumsJobTest {

    private static final List<String> TOWNSHIPS = List.of("城东街道", "城西街道", "渠南街道", "云溪镇", "青山镇", "白石镇", "龙潭镇");

    @TempDir
    Path temp;

    @Test
    void recordsTheJdksChecksumsAndKnowsTheSameBytesAgain() throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        for (String township : TOWNSHIPS) {
            CompleteReport.values().with("PUB_EVENTS", 20 + township.length())
                    .workbook(township, 2025).writeTo(pipeline.input("2025/" + township + ".xlsx"));
        }
        Files.copy(pipeline.input("2025/青山镇.xlsx"), pipeline.input("2025/青山镇（重发）.xlsx"));

        assertThat(pipeline.run("--set", "yearbook.ingest.native-checksums-from=0").exitCode()).isZero();

        String log = Files.readString(pipeline.output().resolve("logs/yearbook.log"), StandardCharsets.UTF_8);
        if (SystemLibraries.nssInstalled()) {
            assertThat(log).contains("Found 8 files in", "; checksums by SunPKCS11-NSS");
        }
        List<FileOutcome> files = pipeline.latestReport().files();
        assertThat(files).hasSize(8);
        for (FileOutcome file : files) {
            assertThat(file.checksum()).as(file.file()).isEqualTo(jdkSha256(pipeline.input(file.file())));
        }
        FileOutcome twin = pipeline.outcome("2025/青山镇（重发）.xlsx");
        assertThat(twin.disposition()).isEqualTo("UNCHANGED");
        assertThat(twin.note()).contains("2025/青山镇.xlsx");

        assertThat(pipeline.run("--set", "yearbook.ingest.native-checksums-from=0").exitCode()).isZero();
        assertThat(pipeline.latestReport().files()).extracting(FileOutcome::disposition).containsOnly("UNCHANGED");
    }

    private static String jdkSha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN").digest(Files.readAllBytes(file)));
    }
}
