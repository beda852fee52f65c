package cn.justice.yearbook.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of the second JVM: the options of {@code launcher/jvm.options}, transparent huge pages where
 * Linux offers them, the caller's {@code YEARBOOK_JAVA_OPTS}, the class archive, then the extracted jar and the
 * caller's arguments unchanged.
 */
final class ChildJvmCommand {

    static final String OPTIONS_RESOURCE = "/launcher/jvm.options";
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private ChildJvmCommand() {
    }

    /**
     * @param defaults    the options file's options
     * @param extra       the caller's {@code YEARBOOK_JAVA_OPTS}, after the defaults so that they win
     * @param inherited   options the second JVM takes from the environment by itself ({@code JAVA_TOOL_OPTIONS},
     *                    {@code JDK_JAVA_OPTIONS}), but before its command line's: their settings ({@code -X…},
     *                    {@code -D…}) are repeated after the defaults, so that the caller's {@code -Xmx2g} there still
     *                    wins (agents are not: they would load twice); a collector chosen there or in {@code extra}
     *                    replaces the default one (a JVM refuses to start with two)
     * @param hugePages   whether to ask for transparent huge pages (Linux, where they are not switched off)
     * @param launcherPid this JVM's process id, by which the second one knows when it is gone
     */
    static List<String> of(Path java, FastStartLayout layout, List<String> defaults, List<String> extra,
                           List<String> inherited, boolean hugePages, long launcherPid, List<String> args) {
        boolean ownCollector = choosesCollector(extra) || choosesCollector(inherited);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : defaults) {
            if (!(ownCollector && isCollectorChoice(option))) {
                command.add(option);
            }
        }
        if (hugePages) {
            command.add("-XX:+UseTransparentHugePages");
        }
        for (String option : inherited) {
            if (option.startsWith("-X") || option.startsWith("-D")) {
                command.add(option);
            }
        }
        command.addAll(extra);
        command.add("-XX:SharedArchiveFile=" + layout.classArchive());
        // an archive the JVM cannot use (another JDK, a changed jar) is skipped in silence: the run just starts slower
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + FastStart.LAUNCHER_PROPERTY + "=" + launcherPid);
        command.add("-jar");
        command.add(layout.appJar().toString());
        command.addAll(args);
        return command;
    }

    /** The options of {@code launcher/jvm.options}: one per line, {@code #} comments and blank lines skipped. */
    static List<String> defaults() {
        try (InputStream in = ChildJvmCommand.class.getResourceAsStream(OPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS_RESOURCE + " is missing from the jar");
            }
            List<String> options = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this JVM runs on the system whose {@code os.name} starts with {@code name} (lower case). */
    static boolean osIs(String name) {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith(name);
    }

    /**
     * Options as a shell would split a simple value of an environment variable: on white space. By hand, as the rest
     * of the launch path: lambdas, streams and regular expressions there cost the launch 70 ms (BENCHMARKS.md).
     */
    static List<String> split(String options) {
        List<String> split = new ArrayList<>();
        if (options != null) {
            StringBuilder option = new StringBuilder();
            for (int i = 0; i <= options.length(); i++) {
                if (i == options.length() || Character.isWhitespace(options.charAt(i))) {
                    if (!option.isEmpty()) {
                        split.add(option.toString());
                        option.setLength(0);
                    }
                } else {
                    option.append(options.charAt(i));
                }
            }
        }
        return split;
    }

    private static boolean choosesCollector(List<String> options) {
        for (String option : options) {
            if (isCollectorChoice(option)) {
                return true;
            }
        }
        return false;
    }

    /** {@code -XX:+UseSerialGC}, {@code -XX:+UseG1GC} …: a JVM refuses to start with two. */
    private static boolean isCollectorChoice(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /**
     * Whether to ask for transparent huge pages: the JVM knows the option only on Linux, and warns on the console
     * when the kernel has them switched off ({@code [never]}).
     */
    static boolean hugePagesAvailable() {
        if (!osIs("linux")) {
            return false;
        }
        try {
            String setting = Files.readString(HUGE_PAGES_SETTING);
            return setting.contains("[always]") || setting.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
