package cn.justice.yearbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

@Command(name = "yearbook", mixinStandardHelpOptions = true, version = "county-yearbook 0.1.0",
        description = "县司法局法治政府建设统计年鉴流水线：读取各乡镇（街道）报表，审核、入库、汇总并生成年鉴。")
public class YearbookCommand implements Runnable {

    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, TemplateCommand.class,
            SampleCommand.class, SampleRegionCommand.class, ServeCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class);

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
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    /**
     * The command line with every sub-command, or with only the one named first: picocli builds the model of each
     * sub-command it is given from its annotations: 30-50 ms of a one-shot run's main thread for the six not run.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new YearbookCommand());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream().filter(c -> named(c, args[0])).findFirst().orElse(null);
        boolean all = named == null || named == CommandLine.HelpCommand.class; // help names another command
        for (Class<?> subcommand : all ? SUBCOMMANDS : List.of(named)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setResourceBundle(ResourceBundle.getBundle("cli.usage", Locale.ROOT)); // after the sub-commands: set on each
        return commandLine;
    }

    private static boolean named(Class<?> subcommand, String name) {
        Command command = subcommand.getAnnotation(Command.class);
        return command.name().equals(name) || Arrays.asList(command.aliases()).contains(name);
    }
}
