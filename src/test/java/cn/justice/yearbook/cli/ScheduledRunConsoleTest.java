package cn.justice.yearbook.cli;

import cn.justice.yearbook.config.ScheduleProperties;
import cn.justice.yearbook.job.IngestOutcome;
import cn.justice.yearbook.job.ScheduledIngest;
import cn.justice.yearbook.job.ScheduledIngest.Firing;
import cn.justice.yearbook.job.ScheduledIngest.NextFiring;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.SpringTestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve}'s schedule fires by itself and runs the ingest job to the end, and the console gets one line as
 * the run begins, one with its summary, and the next time the schedule fires.
 */
@SpringBootTest
class ScheduledRunConsoleTest {

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SpringTestFolders.register(registry, () -> temp, "scheduled-run");
        // every second: the test waits for the first firing instead of the night
        registry.add("yearbook.schedule.cron", () -> "* * * * * *");
        registry.add("yearbook.schedule.yearbook-cron", () -> "0 0 3 * 1 *");
    }

    @Autowired
    ScheduledIngest scheduled;
    @Autowired
    ScheduleProperties schedule;

    @Test
    void aScheduledRunFiresCompletesAndSaysSoOnTheConsole() throws Exception {
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(temp.resolve("input/2025/渠南街道.xlsx"));
        CompleteReport.values().with("MED_SUCCESS", 41).workbook("云溪镇", 2025).writeTo(temp.resolve("input/2025/云溪镇.xlsx"));
        Files.write(temp.resolve("input/2025/~$渠南街道.xlsx"), new byte[]{1, 2, 3});
        StringWriter console = new StringWriter();
        CountDownLatch completed = new CountDownLatch(1);
        ServeCommand.ConsoleObserver printing = new ServeCommand.ConsoleObserver(new PrintWriter(console, true),
                Clock.system(schedule.zoneId()), schedule);

        scheduled.start(new FirstCompletion(printing, completed));
        boolean ran = completed.await(120, TimeUnit.SECONDS);
        scheduled.stop();

        assertThat(ran).as("the schedule fired and the run completed: %s", console).isTrue();
        String[] lines = console.toString().split("\\R");
        assertThat(lines[0]).matches("下次运行：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d（例行处理）");
        assertThat(lines[1]).matches("\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d] 开始例行处理（全部年度）");
        assertThat(lines[2]).contains("例行处理完成：共 3 个文件，已采用 1，有待核实的提示 0，部分数据有错误 1，退回 0，忽略 1，内容未变 0")
                .contains("运行报告：" + temp.resolve("output/reports/run-1.json"));
        assertThat(lines[3]).startsWith("下次运行：");
        assertThat(console.toString()).contains("定时处理已停止。");
    }

    /** Prints everything, and tells the test when the first run has completed. */
    private static final class FirstCompletion implements ScheduledIngest.Observer {

        private final ScheduledIngest.Observer printing;
        private final CountDownLatch completed;
        private volatile boolean ranOnce;

        FirstCompletion(ScheduledIngest.Observer printing, CountDownLatch completed) {
            this.printing = printing;
            this.completed = completed;
        }

        @Override
        public void started(Firing firing) {
            printing.started(firing);
        }

        @Override
        public void completed(Firing firing, IngestOutcome outcome) {
            printing.completed(firing, outcome);
            ranOnce = true;
        }

        @Override
        public void notCompleted(Firing firing, RuntimeException reason, boolean stopRequested) {
            printing.notCompleted(firing, reason, stopRequested);
        }

        @Override
        public void next(Optional<NextFiring> next) {
            printing.next(next);
            // the line after a completed run: count down only then, so the test sees it
            if (ranOnce) {
                completed.countDown();
            }
        }

        @Override
        public void stopping(boolean runInProgress) {
            printing.stopping(runInProgress);
        }

        @Override
        public void stopped() {
            printing.stopped();
        }
    }
}
