package cn.justice.yearbook.cli;

import cn.justice.yearbook.config.ScheduleProperties;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.job.ConsoleProgress;
import cn.justice.yearbook.job.IngestOutcome;
import cn.justice.yearbook.job.RunInProgressException;
import cn.justice.yearbook.job.ScheduledIngest;
import cn.justice.yearbook.job.ScheduledIngest.Firing;
import cn.justice.yearbook.job.ScheduledIngest.NextFiring;
import cn.justice.yearbook.report.RunSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"常驻运行，按定时设置自动处理报送文件夹。",
                "定时设置（在 application.yml 中或用 --set 修改）：",
                "  yearbook.schedule.cron：例行处理全部年度（默认每天 1:30）",
                "  yearbook.schedule.yearbook-cron：只处理上一年度（默认 1 月每天 3:00）",
                "按 Ctrl-C 或停止服务时，正在进行的运行处理完手头这批文件后停止，",
                "下次运行从中断处继续。另一次运行未结束时，到点的定时运行跳过。"})
class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
            context.getBean(ConsoleProgress.class).printTo(out);
            ScheduledIngest scheduled = context.getBean(ScheduledIngest.class);
            if (schedule.routine().isEmpty() && schedule.yearbook().isEmpty()) {
                out.println(Messages.get("serve.none"));
                return 0;
            }
            out.println(Messages.get("serve.started", shown(schedule.cron()), shown(schedule.yearbookCron()),
                    schedule.zoneId().getId()));
            scheduled.start(new ConsoleObserver(out, context.getBean(Clock.class).withZone(schedule.zoneId()),
                    schedule));
            // the schedules run on their own threads; this one waits for the shutdown (Ctrl-C, a service stop)
            scheduled.awaitStop();
        }
        return 0;
    }

    private static String shown(String cron) {
        return ScheduleProperties.isOff(cron) ? Messages.get("serve.disabled") : cron.strip();
    }

    /** One line per event of a scheduled run, in Chinese. */
    static final class ConsoleObserver implements ScheduledIngest.Observer {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        private final PrintWriter out;
        private final Clock clock;
        private final ScheduleProperties schedule;

        ConsoleObserver(PrintWriter out, Clock clock, ScheduleProperties schedule) {
            this.out = out;
            this.clock = clock;
            this.schedule = schedule;
        }

        @Override
        public void started(Firing firing) {
            line(Messages.get("serve.run.begins", now(), kind(firing), firing.year() == null
                    ? Messages.get("serve.run.all-years") : Messages.get("serve.run.year", Integer.toString(firing.year()))));
        }

        @Override
        public void completed(Firing firing, IngestOutcome outcome) {
            RunSummary s = outcome.report().summary();
            line(Messages.get("serve.run.completed", now(), kind(firing), s.seen(), s.accepted(), s.acceptedWithWarnings(),
                    s.acceptedWithErrors(), s.rejected(), s.ignored(), s.unchanged(), s.deferred(), outcome.reportFile())
                    + (outcome.resumed() ? Messages.get("serve.run.resumed") : ""));
        }

        @Override
        public void notCompleted(Firing firing, RuntimeException reason, boolean stopRequested) {
            if (stopRequested) {
                line(Messages.get("serve.run.stopped", now(), kind(firing)));
            } else if (reason instanceof RunInProgressException) {
                line(Messages.get("serve.run.skipped", now(), kind(firing), FailureHandler.explain(reason)));
            } else {
                line(Messages.get("serve.run.failed", now(), kind(firing), FailureHandler.explain(reason)));
            }
        }

        @Override
        public void next(Optional<NextFiring> next) {
            next.ifPresent(n -> line(Messages.get("serve.next", TIME.format(n.at()), Messages.get("schedule.kind." + n.kind()))));
        }

        @Override
        public void stopping(boolean runInProgress) {
            line(runInProgress ? Messages.get("serve.stopping.busy", schedule.stopTimeout().toString()
                    .substring(2).toLowerCase(java.util.Locale.ROOT)) : Messages.get("serve.stopping.idle"));
        }

        @Override
        public void stopped() {
            line(Messages.get("serve.stopped"));
        }

        private String now() {
            return TIME.format(ZonedDateTime.now(clock));
        }

        private static String kind(Firing firing) {
            return Messages.get("schedule.kind." + firing.kind());
        }

        private void line(String text) {
            out.println(text);
            out.flush();
        }
    }
}
