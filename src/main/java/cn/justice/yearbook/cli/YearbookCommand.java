package cn.justice.yearbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

@Command(name = "yearbook", mixinStandardHelpOptions = true, version = "county-yearbook 0.1.0",
        description = {"县司法局法治政府建设统计年鉴流水线：读取各乡镇（街道）报表，审核、入库、汇总并生成年鉴。", ""},
        subcommands = {RunCommand.class, ValidateCommand.class, TemplateCommand.class, SampleCommand.class, SampleRegionCommand.class,
                ServeCommand.class, HistoryCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
public class YearbookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new YearbookCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }
}
