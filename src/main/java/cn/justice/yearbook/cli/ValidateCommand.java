package cn.justice.yearbook.cli;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.job.DryRun;
import cn.justice.yearbook.validate.ReviewedSubmission;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "试审核：读取并审核报送文件夹中的报表，列出发现的问题，但不入库、不写任何文件。%n"
                + "（与历史数据和其他乡镇的比较只在正式运行 run 时进行。）")
class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY", description = "只审核该年度的报表。默认全部年度。")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // nothing is stored: a throw-away in-memory database stands in for the real one
        List<String> args = common.springArguments("jdbc:h2:mem:dry-run;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext context = SpringContext.start(args)) {
            print(context.getBean(DryRun.class).check(year), spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(List<DryRun.Checked> checked, PrintWriter out) {
        int problems = 0;
        for (DryRun.Checked c : checked) {
            if (c.review() == null) {
                out.printf("%s：已忽略（%s）%n", c.file().relativePath(), c.file().ignoredBecause());
                continue;
            }
            ReviewedSubmission review = c.review();
            String who = review.reading().township() == null ? "未识别单位" : review.reading().township().name();
            String year = review.reading().year() == null ? "未识别年度" : review.reading().year() + "年";
            out.printf("%s（%s，%s）：%s%n", c.file().relativePath(), who, year, review.status().label());
            for (Finding f : review.findings()) {
                out.printf("    [%s] %s %s%n", f.explained() ? "已说明" : f.severity().label(), f.location(), f.message());
                problems++;
            }
        }
        out.printf("共 %d 个文件，发现问题 %d 条。未入库。%n", checked.size(), problems);
        out.flush();
    }
}
