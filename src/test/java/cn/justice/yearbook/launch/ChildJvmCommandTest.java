package cn.justice.yearbook.launch;

import cn.justice.yearbook.launch.FastStartLayout.ArchiveUse;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildJvmCommandTest {

    private static final FastStartLayout LAYOUT = new FastStartLayout(Path.of("/opt/yb/app/yearbook.jar"), Path.of("/opt/yb/app/yearbook.jsa"));
    private static final Path JAVA = Path.of("/jdk/bin/java");

    @Test
    void startsTheExtractedJarFromItsClassArchiveWithTheDefaultOptionsAndTheCallersArguments() {
        List<String> command = ChildJvmCommand.of(JAVA, ChildJvmCommand.options(List.of("-XX:+UseSerialGC", "-Xmx768m"), List.of(),
                List.of(), false), LAYOUT, ArchiveUse.MAP, 4242, List.of("run", "--year", "2025"));

        assertThat(command).containsExactly("/jdk/bin/java", "-XX:+UseSerialGC", "-Xmx768m",
                "-XX:SharedArchiveFile=/opt/yb/app/yearbook.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dyearbook.launcher.pid=4242", "-Dyearbook.launcher.archive=map", "-jar", "/opt/yb/app/yearbook.jar",
                "run", "--year", "2025");
    }

    @Test
    void writesANewArchiveBesideTheOldOneWhereItDoesNotServeOrStartsWithout() {
        List<String> options = List.of("-Xmx768m");

        assertThat(ChildJvmCommand.of(JAVA, options, LAYOUT, ArchiveUse.REWRITE, 4242, List.of("run")))
                .contains("-XX:ArchiveClassesAtExit=/opt/yb/app/yearbook.jsa.4242.part", "-Dyearbook.launcher.archive=rewrite")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(ChildJvmCommand.of(JAVA, options, LAYOUT, ArchiveUse.NONE, 4242, List.of("history")))
                .contains("-Dyearbook.launcher.archive=none")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void theArchiveProbeInsistsOnTheArchiveWithTheRunsOptionsAndOnlyStarts() {
        assertThat(ChildJvmCommand.archiveProbe(JAVA, List.of("-XX:+UseParallelGC", "-Xmx768m"), LAYOUT)).containsExactly(
                "/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx768m", "-Xshare:on", "-XX:SharedArchiveFile=/opt/yb/app/yearbook.jsa",
                "-cp", "/opt/yb/app/yearbook.jar", "-version");
    }

    @Test
    void theCallersOptionsComeAfterTheDefaultsSoTheyWin() {
        List<String> command = ChildJvmCommand.options(List.of("-XX:+UseSerialGC", "-Xmx768m"), List.of("-Xmx2g"), List.of(), false);

        assertThat(command.indexOf("-Xmx2g")).isGreaterThan(command.indexOf("-Xmx768m"));
    }

    @Test
    void aCollectorChosenByTheCallerOrTheEnvironmentReplacesTheDefaultOne() {
        List<String> defaults = List.of("-XX:+UseSerialGC", "-Xmx768m");

        assertThat(ChildJvmCommand.options(defaults, List.of("-XX:+UseG1GC"), List.of(), false))
                .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
        assertThat(ChildJvmCommand.options(defaults, List.of(), List.of("-XX:+UseParallelGC"), false))
                .doesNotContain("-XX:+UseSerialGC").contains("-XX:+UseParallelGC", "-Xmx768m");
    }

    @Test
    void settingsFromTheEnvironmentAreRepeatedAfterTheDefaultsSoTheyWinButAgentsAreNot() {
        // JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS reach the second JVM by themselves, but before its command line
        List<String> command = ChildJvmCommand.of(JAVA, ChildJvmCommand.options(List.of("-Xmx768m"), List.of(),
                List.of("-Xmx2g", "-Dfile.encoding=UTF-8", "-javaagent:/opt/agent.jar"), false), LAYOUT, ArchiveUse.MAP, 1, List.of("run"));

        assertThat(command.indexOf("-Xmx2g")).isGreaterThan(command.indexOf("-Xmx768m")).isLessThan(command.indexOf("-jar"));
        assertThat(command).contains("-Dfile.encoding=UTF-8").doesNotContain("-javaagent:/opt/agent.jar");
    }

    @Test
    void asksForTransparentHugePagesOnlyWhereAvailable() {
        assertThat(ChildJvmCommand.options(List.of(), List.of(), List.of(), true)).contains("-XX:+UseTransparentHugePages");
        assertThat(ChildJvmCommand.options(List.of(), List.of(), List.of(), false)).doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void readsTheShippedOptionsFileWithoutCommentsOrBlankLines() {
        List<String> defaults = ChildJvmCommand.defaults();

        assertThat(defaults).contains("-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1")
                .allSatisfy(option -> assertThat(option).startsWith("-").doesNotContain(" "));
        assertThat(defaults.stream().filter(o -> o.matches("-XX:\\+Use\\w+GC"))).hasSize(1);
    }

    @Test
    void splitsEnvironmentOptionsOnWhiteSpace() {
        assertThat(ChildJvmCommand.split("  -Xmx2g \t -XX:+UseG1GC ")).containsExactly("-Xmx2g", "-XX:+UseG1GC");
        assertThat(ChildJvmCommand.split(null)).isEmpty();
        assertThat(ChildJvmCommand.split(" ")).isEmpty();
    }
}
