package cn.justice.yearbook.job;

import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class CopyInProgressJobTest {

    @TempDir
    Path temp;

    @Test
    void leavesAFileStillBeingCopiedForTheNextRunInsteadOfCallingItCorrupt() throws Exception {
        Pipeline pipeline = new Pipeline(temp).stableAfter("2s");
        Path done = CompleteReport.values().workbook("云溪镇", 2025).writeTo(pipeline.input("2025/云溪镇.xlsx"));
        Files.setLastModifiedTime(done, FileTime.from(Instant.now().minusSeconds(3600)));
        byte[] whole = Files.readAllBytes(CompleteReport.values().workbook("青山镇", 2025).writeTo(temp.resolve("青山镇.xlsx")));
        Path copying = pipeline.input("2025/青山镇.xlsx");
        Files.write(copying, Arrays.copyOf(whole, whole.length / 3));
        // a copy that keeps going for as long as the first run looks: the file grows, byte by byte
        AtomicBoolean firstRunOver = new AtomicBoolean();
        CompletableFuture<Void> copier = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(copying, StandardOpenOption.APPEND)) {
                int offset = whole.length / 3;
                while (!firstRunOver.get()) {
                    TimeUnit.MILLISECONDS.sleep(200);
                    out.write(whole[offset++]);
                    out.flush();
                }
                out.write(whole, offset, whole.length - offset);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Pipeline.Result first = pipeline.run();
        firstRunOver.set(true);
        copier.get();

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("正在复制，留待下次处理");
        assertThat(pipeline.outcome("2025/青山镇.xlsx").disposition()).isEqualTo("DEFERRED");
        assertThat(pipeline.outcome("2025/云溪镇.xlsx").status()).isEqualTo("ACCEPTED");

        Pipeline.Result second = pipeline.run();

        assertThat(second.exitCode()).isZero();
        assertThat(pipeline.outcome("2025/青山镇.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(pipeline.outcome("2025/云溪镇.xlsx").disposition()).isEqualTo("UNCHANGED");
    }
}
