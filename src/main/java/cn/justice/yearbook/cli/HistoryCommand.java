package cn.justice.yearbook.cli;

import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.job.RunHistory;
import cn.justice.yearbook.job.RunHistory.PastRun;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "列出最近的运行记录：开始和结束时间、状态、年度，以及每次运行所见文件的处理结果。只读，不改变任何数据。")
class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    CommonOptions common;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "最多列出多少次运行（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit 应为正整数");
        }
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            print(context.getBean(RunHistory.class).latest(limit), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(List<PastRun> runs, PrintWriter out) {
        if (runs.isEmpty()) {
            out.println(Messages.get("history.empty"));
            out.flush();
            return;
        }
        out.println(Messages.get("history.title", runs.size()));
        TextTable table = new TextTable(Arrays.asList(Messages.get("history.header").split("\\|")), 1, 2, 3, 4);
        for (PastRun run : runs) {
            List<String> row = new ArrayList<>();
            row.add(Long.toString(run.executionId()));
            row.add(run.start() == null ? "" : DAY_TIME.format(run.start()));
            row.add(end(run.start(), run.end()));
            row.add(Messages.get("history.status." + run.status().name())
                    + (run.resumed() ? "（" + Messages.get("history.resumed") + "）" : ""));
            row.add(run.year() == null ? Messages.get("serve.run.all-years") : Integer.toString(run.year()));
            RunHistory.Files f = run.files();
            for (int n : new int[]{f.seen(), f.stored(), f.rejected(), f.unchanged(), f.ignored(), f.deferred(), f.pending()}) {
                row.add(Integer.toString(n));
            }
            row.add(Long.toString(run.storedThisTime()));
            table.add(row);
        }
        table.print(out);
        out.println(Messages.get("history.notes"));
        out.flush();
    }

    /** The end time, without the date when the run ended on the day it began. */
    private static String end(LocalDateTime start, LocalDateTime end) {
        if (end == null) {
            return "";
        }
        return start != null && start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end);
    }
}
