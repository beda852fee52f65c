package cn.justice.yearbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A command line that picocli cannot parse: one line in Chinese saying what is wrong with which option, and where to
 * find the usage, instead of picocli's English message followed by the whole usage text. Exit code 2 (picocli's).
 */
class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        commandLine.getErr().println("命令行有误：" + explain(ex, args));
        commandLine.getErr().println(commandLine.getParent() == null
                ? "加 --help 可查看全部命令。"
                : "在 " + commandLine.getCommandName() + " 后面加 --help 可查看它的全部选项。");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String explain(ParameterException ex, String[] args) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(missing.getMissing().get(0), args);
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return "选项 " + option.longestName() + " 只能给一次。";
        }
        if (ex.getArgSpec() == null && ex.getValue() != null) { // picocli's help command, given a name it does not know
            return "没有名为 " + ex.getValue() + " 的命令。";
        }
        if (ex.getArgSpec() instanceof OptionSpec option && ex.getValue() != null) {
            return "选项 " + option.longestName() + " 的取值“" + ex.getValue() + "”无效"
                    + (WHOLE_NUMBERS.contains(option.type()) ? "，应为整数" : "") + "。";
        }
        return ex.getMessage(); // a case not foreseen here: picocli's own words rather than none
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> what = ex.getUnmatched();
        String first = what.isEmpty() ? "" : what.get(0);
        String text = ex.isUnknownOption() ? "无法识别的选项 " + first : "无法识别的命令或多余的参数 " + first;
        List<String> suggestions = ex.getSuggestions();
        return suggestions.isEmpty() ? text + "。" : text + "，是否要输入 " + String.join(" 或 ", suggestions) + "？";
    }

    private static String missing(ArgSpec spec, String[] args) {
        if (spec instanceof OptionSpec option) {
            String name = option.longestName();
            boolean given = Arrays.stream(args).anyMatch(arg -> Arrays.asList(option.names()).contains(arg.split("=", 2)[0]));
            return given
                    ? "选项 " + name + " 后面缺少取值（" + option.paramLabel() + "）。"
                    : "缺少必需的选项 " + name + "=" + option.paramLabel() + "。";
        }
        return "缺少参数 " + spec.paramLabel() + "。";
    }
}
