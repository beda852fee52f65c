package cn.justice.yearbook.cli;

import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code history} lists past runs, newest first, with what became of each run's files. */
class HistoryCommandTest {

    @TempDir
    Path temp;

    @Test
    void listsRunsNewestFirstWithTheirYearStatusAndFiles() throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        Files.write(pipeline.input("2025/~$渠南街道.xlsx"), new byte[]{1, 2, 3});
        Files.write(pipeline.input("2025/broken.xlsx"), "not a workbook".getBytes());
        assertThat(pipeline.run().exitCode()).isZero();
        CompleteReport.values().workbook("城东街道", 2025).writeTo(pipeline.input("2025/城东街道.xlsx"));
        assertThat(pipeline.run("--year", "2025").exitCode()).isZero();

        Pipeline.Result all = pipeline.command("history");
        Pipeline.Result one = pipeline.command("history", "--limit", "1");

        assertThat(all.exitCode()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("最近 2 次运行（最新的在前）：");
        assertThat(cells(lines.get(1))).containsExactly("编号", "开始时间", "结束时间", "状态", "年度", "文件", "已入库", "退回",
                "内容未变", "忽略", "留待下次", "未处理", "本次处理");
        // execution, start date and time, end, status, year, then the files: seen, stored, rejected, unchanged, ignored...
        assertThat(cells(lines.get(3))).startsWith("2").containsSequence("完成", "2025", "4", "1", "0", "2", "1", "0", "0", "1");
        assertThat(cells(lines.get(4))).startsWith("1").containsSequence("完成", "全部年度", "3", "1", "1", "0", "1", "0", "0", "2");
        assertThat(lines).hasSize(6);
        assertThat(one.out().lines().toList()).hasSize(5).element(3).satisfies(line -> assertThat(cells(line)).startsWith("2"));
    }

    @Test
    void saysSoWhenNothingHasRunYet() {
        Pipeline.Result result = new Pipeline(temp).command("history");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("还没有运行记录。");
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split("\\s+"));
    }
}
