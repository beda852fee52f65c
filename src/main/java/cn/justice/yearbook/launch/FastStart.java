package cn.justice.yearbook.launch;

import cn.justice.yearbook.launch.FastStartLayout.ArchiveUse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Hands a command given to the packaged jar ({@code java -jar target/yearbook.jar run}) to a second JVM started
 * from the {@link FastStartLayout fast-start layout} beside it, with the options of {@code launcher/jvm.options}:
 * the sample run then takes about a third of the time (BENCHMARKS.md). This JVM only waits for it, passes on its
 * exit code, and on a stop request (a service stop, Ctrl-C) lets it stop as it would have stopped alone.
 *
 * <p>Nothing changes when there is no such layout (a jar copied elsewhere alone), when the caller gave JVM
 * options of their own ({@code java -Xmx2g -jar …}: they are for the JVM that runs the command), when
 * {@code YEARBOOK_FAST_START=off}, or when the second JVM cannot be started: the command then runs here.
 */
public final class FastStart {

    /** Set in the second JVM: the process id of the one that started it. */
    static final String LAUNCHER_PROPERTY = "yearbook.launcher.pid";
    /** Set in the second JVM: how it uses the class archive ({@link ArchiveUse}, in lower case). */
    static final String ARCHIVE_PROPERTY = "yearbook.launcher.archive";
    /** The exit code of a second JVM that ends because the first was killed outright. */
    private static final int LAUNCHER_GONE = 137;
    /** A JVM that only starts takes well under a second; one that takes this long is not waited for. */
    private static final long PROBE_TIMEOUT_SECONDS = 60;

    private FastStart() {
    }

    /** Runs the command in the second JVM if this is a plain start of the packaged jar; its exit code, or empty to run it here. */
    static OptionalInt run(String[] args) {
        if (System.getProperty(LAUNCHER_PROPERTY) != null || "off".equalsIgnoreCase(System.getenv("YEARBOOK_FAST_START"))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = startedPlainlyFromPackagedJar();
        Optional<FastStartLayout> layout = jar.isPresent() ? FastStartLayout.beside(jar.get()) : Optional.empty();
        if (layout.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> options = options();
        long pid = ProcessHandle.current().pid();
        ArchiveUse archive = archiveUse(layout.get(), options, args);
        List<String> command = ChildJvmCommand.of(javaExecutable(), options, layout.get(), archive, pid, Arrays.asList(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new StopWith(child));
        int exitCode = waitFor(child);
        if (archive == ArchiveUse.REWRITE) {
            layout.get().adoptRewritten(pid, exitCode == 0, options);
        }
        return OptionalInt.of(exitCode);
    }

    /**
     * The build's last step: checks the class archive beside the packaged jar given as the argument, so that the
     * first start does not have to, and writes the jar and its layout out to the disk (see
     * {@link FastStartLayout#forceToDisk}).
     */
    public static void main(String[] args) {
        Optional<FastStartLayout> layout = FastStartLayout.beside(Path.of(args[0]));
        List<String> options = options();
        if (layout.isEmpty() || !archiveServes(layout.get(), options)) {
            System.err.println("The fast-start layout beside " + args[0] + " is missing or its class archive does not serve");
            System.exit(1);
        }
        layout.get().noteArchiveChecked(options);
        layout.get().forceToDisk(Path.of(args[0]));
    }

    /** How the second JVM is to use the class archive: checked once per place, archive, JVM and options (see {@link FastStartLayout}). */
    private static ArchiveUse archiveUse(FastStartLayout layout, List<String> options, String[] args) {
        if (layout.archiveChecked(options)) {
            return ArchiveUse.MAP;
        }
        if (archiveServes(layout, options)) {
            layout.noteArchiveChecked(options);
            return ArchiveUse.MAP;
        }
        if (args.length > 0 && args[0].equals("run") && layout.canRewrite()) {
            layout.dropAbandonedRewrites();
            System.err.println("快速启动：" + layout.classArchive() + " 不适用于当前位置、Java 版本或 Java 参数，本次运行结束时重新生成（这次会慢几秒），之后即可快速启动。");
            return ArchiveUse.REWRITE;
        }
        System.err.println("快速启动：" + layout.classArchive() + " 不适用于当前位置、Java 版本或 Java 参数，本次启动较慢；"
                + "在此位置执行一次 run 命令即可重新生成（须能写入 " + layout.classArchive().getParent() + "）。");
        return ArchiveUse.NONE;
    }

    private static boolean archiveServes(FastStartLayout layout, List<String> options) {
        try {
            Process probe = new ProcessBuilder(ChildJvmCommand.archiveProbe(javaExecutable(), options, layout))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> options() {
        return ChildJvmCommand.options(ChildJvmCommand.defaults(), ChildJvmCommand.split(System.getenv("YEARBOOK_JAVA_OPTS")),
                inheritedOptions(), ChildJvmCommand.hugePagesAvailable());
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // only a stop request ends this JVM, through the shutdown hook, once the second one has ended
            }
        }
    }

    /**
     * In the second JVM: ends it at once, as if killed too, when the JVM that started it is gone without a stop
     * request (killed outright); a run left that way is resumed by the next, as after any kill.
     */
    public static void followLauncher() {
        launcherPid().ifPresent(pid -> ProcessHandle.of(pid).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> Runtime.getRuntime().halt(LAUNCHER_GONE)),
                () -> Runtime.getRuntime().halt(LAUNCHER_GONE)));
    }

    /** How this JVM was started, for the run's log: by the fast start of which process and with which class archive, or directly. */
    public static String howStarted() {
        OptionalLong launcher = launcherPid();
        if (launcher.isEmpty()) {
            return "started directly";
        }
        ArchiveUse archive;
        try {
            archive = ArchiveUse.valueOf(System.getProperty(ARCHIVE_PROPERTY, "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            archive = ArchiveUse.NONE;
        }
        return "started by the fast start of process " + launcher.getAsLong() + ", " + archive.described;
    }

    private static OptionalLong launcherPid() {
        String pid = System.getProperty(LAUNCHER_PROPERTY);
        try {
            return pid == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A stop request (SIGTERM, Ctrl-C) reaches this JVM: the second one is asked to stop the same way, and this one
     * ends when it has. On Windows Ctrl-C reaches both through the console, and destroying a process there kills
     * it outright, so this one only waits. (A class, not a lambda: see {@link ChildJvmCommand#split}.)
     */
    private static final class StopWith extends Thread {

        private final Process child;

        StopWith(Process child) {
            super("fast-start-stop");
            this.child = child;
        }

        @Override
        public void run() {
            if (!child.isAlive()) {
                return;
            }
            if (!ChildJvmCommand.osIs("windows")) {
                child.destroy();
            }
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The packaged jar, when this JVM was started with {@code java -jar} on it (its entry point, {@link Launcher},
     * is running from its root) and given no JVM options on its command line; otherwise empty.
     */
    private static Optional<Path> startedPlainlyFromPackagedJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        return jvmOptionsGiven() ? Optional.empty() : Optional.of(Path.of(classPath));
    }

    /** Whether the command line has anything before {@code -jar}; where the system cannot tell, what the JVM says it got. */
    private static boolean jvmOptionsGiven() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isPresent()) {
            return !(arguments.get().length > 0 && arguments.get()[0].equals("-jar"));
        }
        List<String> given = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        given.removeAll(inheritedOptions());
        return !given.isEmpty();
    }

    private static List<String> inheritedOptions() {
        List<String> options = new ArrayList<>(ChildJvmCommand.split(System.getenv("JAVA_TOOL_OPTIONS")));
        options.addAll(ChildJvmCommand.split(System.getenv("JDK_JAVA_OPTIONS")));
        return options;
    }

    private static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", ChildJvmCommand.osIs("windows") ? "java.exe" : "java");
    }
}
