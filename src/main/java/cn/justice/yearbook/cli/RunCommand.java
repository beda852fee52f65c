package cn.justice.yearbook.cli;

import cn.justice.yearbook.job.IngestOutcome;
import cn.justice.yearbook.job.IngestRunner;
import cn.justice.yearbook.render.FontLoading;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.report.RunReport;
import cn.justice.yearbook.report.RunSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "处理报送文件夹中的报表：读取、审核、入库、汇总，生成统计年鉴（PDF 和配套 Excel）、审核反馈和运行报告。%n"
                + "报送文件夹中的文件只读不改；同一文件重复放入不会重复计入。")
class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "只处理该年度的报表（input/YYYY/ 文件夹和直接放在 input/ 下的文件），报表年度须与之一致，并生成该年度的统计年鉴。默认处理全部年度，生成最近一个年度的统计年鉴。")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            context.getBean(FontLoading.class); // parsed while the job is built and the database migrated
            IngestOutcome outcome = context.getBean(IngestRunner.class).run(year);
            print(outcome, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(IngestOutcome outcome, PrintWriter out) {
        RunSummary s = outcome.report().summary();
        if (outcome.resumed()) {
            out.println("已继续完成上次中断的运行。");
        }
        out.printf("处理完成：报送文件夹中共 %d 个文件%n", s.seen());
        out.printf("  已采用                    %4d%n", s.accepted());
        out.printf("  已采用，有待核实的提示    %4d%n", s.acceptedWithWarnings());
        out.printf("  部分数据有错误（未采用）  %4d%n", s.acceptedWithErrors());
        out.printf("  退回（文件未能采用）      %4d%n", s.rejected());
        out.printf("  已忽略（临时、锁定等文件）%4d%n", s.ignored());
        out.printf("  内容未变（此前已处理）    %4d%n", s.unchanged());
        if (s.deferred() > 0) {
            out.printf("  正在复制，留待下次处理    %4d%n", s.deferred());
        }
        out.println("运行报告：" + outcome.reportFile());
        out.println("报送回执：" + outcome.outputRoot().resolve("receipts"));
        RunReport.Publication yearbook = outcome.report().yearbook();
        if (yearbook == null) {
            out.println("尚无可汇总的报表，本次未生成统计年鉴。");
        } else {
            Path pdf = outcome.yearbookPdf().orElseThrow();
            boolean rollUp = yearbook.level() == Edition.Level.PREFECTURE;
            String title = rollUp ? "市级汇总统计年鉴" : "统计年鉴";
            if (rollUp) {
                out.printf("各县（市、区）统计年鉴（%d年）：%d本，在 %s%n", yearbook.year(), yearbook.unitsCounted(), pdf.getParent());
            }
            out.println(title + "配套表格：" + outcome.yearbookWorkbook().orElseThrow());
            out.printf("%s（%d年，%d个%s中%d个纳入汇总）：%n%s%n", title, yearbook.year(), yearbook.units(),
                    rollUp ? "县（市、区）" : "乡镇（街道）", yearbook.unitsCounted(), pdf);
        }
        out.flush();
    }
}
