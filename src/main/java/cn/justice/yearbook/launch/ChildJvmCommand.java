package cn.justice.yearbook.launch;

import cn.justice.yearbook.launch.FastStartLayout.ArchiveUse;

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
 * caller's arguments unchanged; and of the JVM that checks the archive first.
 */
final class ChildJvmCommand {

    static final String OPTIONS_RESOURCE = "/launcher/jvm.options";
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private ChildJvmCommand() {
    }

    /**
     * The second JVM's options, before the class archive's.
     *
     * @param defaults    the options file's options
     * @param extra       the caller's {@code YEARBOOK_JAVA_OPTS}, after the defaults so that they win
     * @param inherited   options the second JVM takes from the environment by itself ({@code JAVA_TOOL_OPTIONS},
     *                    {@code JDK_JAVA_OPTIONS}), but before its command line's: their settings ({@code -X…},
     *                    {@code -D…}) are repeated after the defaults, so that the caller's {@code -Xmx2g} there still
     *                    wins (agents are not: they would load twice); a collector chosen there or in {@code extra}
     *                    replaces the default one (a JVM refuses to start with two)
     * @param hugePages   whether to ask for transparent huge pages (Linux, where they are not switched off)
     */
    static List<String> options(List<String> defaults, List<String> extra, List<String> inherited, boolean hugePages) {
        boolean ownCollector = choosesCollector(extra) || choosesCollector(inherited);
        List<String> options = new ArrayList<>();
        for (String option : defaults) {
            if (!(ownCollector && isCollectorChoice(option))) {
                options.add(option);
            }
        }
        if (hugePages) {
            options.add("-XX:+UseTransparentHugePages");
        }
        for (String option : inherited) {
            if (option.startsWith("-X") || option.startsWith("-D")) {
                options.add(option);
            }
        }
        options.addAll(extra);
        return options;
    }

    /**
     * The command that runs the caller's arguments.
     *
     * @param options     {@link #options}
     * @param launcherPid this JVM's process id, by which the second one knows when it is gone
     */
    static List<String> of(Path java, List<String> options, FastStartLayout layout, ArchiveUse archive, long launcherPid,
                           List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        if (archive == ArchiveUse.MAP) {
            command.add("-XX:SharedArchiveFile=" + layout.classArchive());
        } else if (archive == ArchiveUse.REWRITE) {
            command.add("-XX:ArchiveClassesAtExit=" + layout.rewritten(launcherPid));
        }
        // the JVM's own messages about the archive would reach the staff's console
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + FastStart.LAUNCHER_PROPERTY + "=" + launcherPid);
        command.add("-D" + FastStart.ARCHIVE_PROPERTY + "=" + archive.name().toLowerCase(Locale.ROOT));
        command.add("-jar");
        command.add(layout.appJar().toString());
        command.addAll(args);
        return command;
    }

    /**
     * A JVM with these options that only starts, insisting on the class archive ({@code -Xshare:on}): it fails at once
     * where the archive does not serve (another place, another JVM).
     */
    static List<String> archiveProbe(Path java, List<String> options, FastStartLayout layout) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add("-Xshare:on");
        command.add("-XX:SharedArchiveFile=" + layout.classArchive());
        command.add("-cp");
        command.add(layout.appJar().toString());
        command.add("-version");
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
