package cn.justice.yearbook.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line builds only the sub-command it runs, and help still lists and explains every one, in Chinese; a
 * command line that cannot be parsed is told in Chinese, option by option.
 */
class YearbookCommandTest {

    @Test
    void buildsOnlyTheSubcommandNamedFirst() {
        assertThat(YearbookCommand.commandLine("run", "--year", "2025").getSubcommands()).containsOnlyKeys("run");
        assertThat(YearbookCommand.commandLine("history").getSubcommands()).containsOnlyKeys("history");
    }

    @Test
    void buildsEverySubcommandForHelpAndForWhatItDoesNotKnow() {
        String[] all = {"run", "validate", "template", "sample", "sample-region", "serve", "history", "help"};
        assertThat(YearbookCommand.commandLine().getSubcommands()).containsOnlyKeys(all);
        assertThat(YearbookCommand.commandLine("--help").getSubcommands()).containsOnlyKeys(all);
        assertThat(YearbookCommand.commandLine("help", "run").getSubcommands()).containsOnlyKeys(all);
        assertThat(YearbookCommand.commandLine("runn").getSubcommands()).containsOnlyKeys(all);
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        StringWriter out = new StringWriter();
        assertThat(YearbookCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help")).isZero();
        assertThat(out.toString()).contains("命令：", "run", "validate", "template", "sample-region", "serve", "history");

        StringWriter help = new StringWriter();
        assertThat(YearbookCommand.execute(new PrintWriter(help, true), new PrintWriter(new StringWriter(), true), "help", "run")).isZero();
        assertThat(help.toString()).contains("yearbook run", "--year");

        StringWriter err = new StringWriter();
        assertThat(YearbookCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "runn")).isNotZero();
        assertThat(err.toString()).contains("runn").contains("run");
    }

    @Test
    void helpOfEveryCommandIsInChinese() {
        for (String command : new String[]{"run", "validate", "template", "sample", "sample-region", "serve", "history", "help"}) {
            StringWriter help = new StringWriter();
            assertThat(YearbookCommand.execute(new PrintWriter(help, true), new PrintWriter(new StringWriter(), true), "help", command))
                    .isZero();
            assertThat(help.toString()).as(command)
                    .contains("用法：yearbook " + command)
                    .doesNotContain("Usage", "Show ", "Print ", "Display ", "COMMAND is", "Options:");
        }
        StringWriter top = new StringWriter();
        YearbookCommand.execute(new PrintWriter(top, true), new PrintWriter(new StringWriter(), true), "--help");
        assertThat(top.toString()).contains("显示本帮助并退出。", "显示版本号并退出。", "显示某个命令的帮助，例如 help run。")
                .doesNotContain("Show ", "Display ");
        StringWriter run = new StringWriter();
        YearbookCommand.execute(new PrintWriter(run, true), new PrintWriter(new StringWriter(), true), "run", "--help");
        assertThat(run.toString()).contains("选项：", "-h, --help", "显示本帮助并退出。");
    }

    @Test
    void aCommandLineThatCannotBeParsedIsToldInChineseWithExitCodeTwo() {
        assertThat(usageError("run", "--foo")).isEqualTo("""
                命令行有误：无法识别的选项 --foo。
                在 run 后面加 --help 可查看它的全部选项。
                """);
        assertThat(usageError("run", "--year", "abc")).startsWith("命令行有误：选项 --year 的取值“abc”无效，应为整数。\n");
        assertThat(usageError("sample-region", "--counties=十")).startsWith("命令行有误：选项 --counties 的取值“十”无效，应为整数。\n");
        assertThat(usageError("run", "--year")).startsWith("命令行有误：选项 --year 后面缺少取值（YYYY）。\n");
        assertThat(usageError("template")).startsWith("命令行有误：缺少必需的选项 --year=YYYY。\n");
        assertThat(usageError("run", "--year", "2024", "--year", "2025")).startsWith("命令行有误：选项 --year 只能给一次。\n");
        assertThat(usageError("run", "2025")).startsWith("命令行有误：无法识别的命令或多余的参数 2025。\n");
        assertThat(usageError("help", "runx")).startsWith("命令行有误：没有名为 runx 的命令。\n");
        assertThat(usageError("run", "--yaer", "2025")).startsWith("命令行有误：无法识别的选项 --yaer。\n");
        assertThat(usageError("runn")).isEqualTo("""
                命令行有误：无法识别的命令或多余的参数 runn，是否要输入 run？
                加 --help 可查看全部命令。
                """);
    }

    private static String usageError(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(YearbookCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args)).as(String.join(" ", args))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        return err.toString().replace(System.lineSeparator(), "\n");
    }
}
