package cn.justice.yearbook.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line builds only the sub-command it runs, and help still lists and explains every one. */
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
}
