package cn.justice.yearbook.cli;

import cn.justice.yearbook.testing.Folders;
import cn.justice.yearbook.testing.SampleInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started the way the fast start starts it (Spring from the bean definitions the build's AOT
 * step generated), does the very same run on the shipped sample input as the jar started the ordinary way:
 * same console summary, same outcome for every file, same yearbook; and a plain {@code java -jar} hands the
 * command to the fast start's second JVM. Runs after {@code package} (failsafe).
 */
class FastStartIT {

    private static final Path JAR = Path.of("target/yearbook.jar");

    @Test
    void startingFromTheAheadOfTimeBeanDefinitionsRunsTheSameJob(@TempDir Path work) throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        Run ordinary = run(work.resolve("ordinary"));
        Run ahead = run(work.resolve("aot"), "-Dspring.aot.enabled=true");

        assertThat(ahead.console()).isEqualTo(ordinary.console()).contains("处理完成：报送文件夹中共 44 个文件");
        JsonNode a = ahead.report();
        JsonNode o = ordinary.report();
        assertThat(a.get("summary")).isEqualTo(o.get("summary"));
        assertThat(a.get("files")).isEqualTo(o.get("files")).hasSize(44);
        assertThat(a.get("yearbook")).isEqualTo(o.get("yearbook"));
        assertThat(ahead.yearbookText()).isEqualTo(ordinary.yearbookText()).contains("表1-1");
    }

    /** Without the generated initializer the same start fails: the run above did start from the generated definitions. */
    @Test
    void aJarWithoutGeneratedDefinitionsCannotStartInAotMode(@TempDir Path work) throws Exception {
        Path bare = work.resolve("bare.jar");
        stripGeneratedInitializer(bare);
        Process process = new ProcessBuilder(List.of(java(), "-Dspring.aot.enabled=true", "-jar", bare.toString(), "history",
                "--output", work.resolve("out").toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
    }

    /**
     * {@code java -jar target/yearbook.jar run}, no JVM options: the command runs in the second JVM that the fast start
     * starts from the layout the build made beside the jar, and gives what the in-process run above gives.
     */
    @Test
    void aPlainStartOfThePackagedJarRunsTheCommandInTheFastStartJvm(@TempDir Path work) throws Exception {
        assertThat(Path.of("target/app/yearbook.jar")).as("extracted layout (mvn package)").exists();
        assertThat(Path.of("target/app/yearbook.jsa")).as("class archive of the build's training run").exists();
        Path input = work.resolve("input");
        Folders.copyTree(SampleInput.FOLDER, input);
        Path output = work.resolve("output");
        Path console = work.resolve("console.txt");
        Process launcher = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "run",
                "--input", input.toString(), "--output", output.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(console.toFile()).start();

        assertThat(launcher.waitFor(5, TimeUnit.MINUTES)).as("run finished").isTrue();
        String text = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(text).isZero();
        assertThat(text).contains("处理完成：报送文件夹中共 44 个文件", "统计年鉴（2025年，14个乡镇（街道）中14个纳入汇总）");
        assertThat(Files.readString(output.resolve("logs/yearbook.log"), StandardCharsets.UTF_8))
                .contains("started by the fast start of process " + launcher.pid() + ", its classes mapped from the class archive");
        assertThat(new Run(output, text).report().get("files")).hasSize(44);
    }

    /**
     * The jar and its layout copied elsewhere, as a deployment does: the class archive still names the jars it was made
     * from, so the first run says so, writes a new one at its end, and the next run maps its classes from that.
     */
    @Test
    void aCopiedDeploymentRewritesItsClassArchiveOnceThenMapsIt(@TempDir Path work) throws Exception {
        Path deployed = work.resolve("opt/yearbook");
        copyKeepingTimes(JAR, deployed.resolve("yearbook.jar"));
        try (Stream<Path> files = Files.walk(Path.of("target/app"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copyKeepingTimes(file, deployed.resolve("app").resolve(Path.of("target/app").relativize(file)));
            }
        }
        Path archive = deployed.resolve("app/yearbook.jsa");
        byte[] builtArchive = Files.readAllBytes(archive);
        Path input = work.resolve("input");
        Folders.copyTree(SampleInput.FOLDER, input);

        String first = deployedRun(deployed, input, work.resolve("first"));
        assertThat(first).contains("快速启动：" + archive + " 不适用于当前位置、Java 版本或 Java 参数，本次运行结束时重新生成");
        assertThat(Files.readString(work.resolve("first/logs/yearbook.log"), StandardCharsets.UTF_8))
                .contains("the class archive being rewritten for this place, JVM and options at exit");
        assertThat(Files.readAllBytes(archive)).isNotEqualTo(builtArchive);
        try (Stream<Path> files = Files.list(deployed.resolve("app"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }

        String second = deployedRun(deployed, input, work.resolve("second"));
        assertThat(second).doesNotContain("快速启动");
        assertThat(Files.readString(work.resolve("second/logs/yearbook.log"), StandardCharsets.UTF_8))
                .contains("its classes mapped from the class archive");
        Process probe = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-cp", deployed.resolve("app/yearbook.jar").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(work.resolve("probe.txt").toFile()).start();
        assertThat(probe.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(probe.exitValue()).as(Files.readString(work.resolve("probe.txt"))).isZero();
    }

    private static String deployedRun(Path deployed, Path input, Path output) throws Exception {
        Path console = output.resolveSibling(output.getFileName() + ".txt");
        Process launcher = new ProcessBuilder(java(), "-jar", deployed.resolve("yearbook.jar").toString(), "run",
                "--input", input.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        assertThat(launcher.waitFor(5, TimeUnit.MINUTES)).as("run finished").isTrue();
        String text = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(launcher.exitValue()).as(text).isZero();
        assertThat(text).contains("处理完成：报送文件夹中共 44 个文件");
        return text;
    }

    private static void copyKeepingTimes(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** The second JVM goes with the first: killed outright, it ends too; asked to stop, it stops first. */
    @Test
    void theFastStartJvmEndsWithTheLauncher(@TempDir Path work) throws Exception {
        for (boolean outright : new boolean[]{true, false}) {
            Path folder = work.resolve(outright ? "killed" : "stopped");
            Files.createDirectories(folder.resolve("input"));
            Path console = folder.resolve("console.txt");
            Process launcher = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "serve",
                    "--input", folder.resolve("input").toString(), "--output", folder.resolve("output").toString(),
                    "--set", "yearbook.schedule.cron=0 0 3 1 1 *")
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(console.toFile()).start();
            ProcessHandle child = awaitServing(launcher, console);

            if (outright) {
                launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
            } else {
                launcher.destroy(); // SIGTERM, as a service manager stops a service
                assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).as("launcher stopped").isTrue();
            }
            assertThat(child.onExit().get(1, TimeUnit.MINUTES).isAlive()).as("second JVM ended").isFalse();
        }
    }

    /** The launcher's one child JVM, once it prints that the schedule is running. */
    private static ProcessHandle awaitServing(Process launcher, Path console) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
            assertThat(launcher.isAlive()).as(text).isTrue();
            if (text.contains("定时处理已启动")) {
                List<ProcessHandle> children = launcher.children().toList();
                assertThat(children).as("the second JVM").hasSize(1);
                assertThat(children.get(0).info().arguments().map(List::of).orElse(List.of()))
                        .contains("-Dyearbook.launcher.pid=" + launcher.pid());
                return children.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + Files.readString(console, StandardCharsets.UTF_8));
    }

    private record Run(Path output, String console) {

        JsonNode report() throws IOException {
            return JsonMapper.builder().build().readTree(output.resolve("reports/latest-run.json").toFile());
        }

        String yearbookText() throws IOException {
            Path pdf;
            try (Stream<Path> files = Files.list(output.resolve("yearbook"))) {
                pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            }
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        }
    }

    private static Run run(Path folder, String... jvmOptions) throws Exception {
        Path input = folder.resolve("input");
        Folders.copyTree(SampleInput.FOLDER, input);
        Path output = folder.resolve("output");
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-Xmx512m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "run",
                "--input", input.toString(), "--output", output.toString()));
        Path console = folder.resolve("console.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("run finished").isTrue();
        String text = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return new Run(output, text.replace(folder.toString(), "<folder>"));
    }

    /** The packaged jar without the AOT step's generated initializer class. */
    private static void stripGeneratedInitializer(Path target) throws IOException {
        String initializer = "BOOT-INF/classes/cn/justice/yearbook/YearbookApplication__ApplicationContextInitializer.class";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(JAR));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(initializer)) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    // nested jars stay stored, as Spring Boot's launcher requires
                    byte[] bytes = in.readAllBytes();
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(entry.getCrc() >= 0 ? entry.getCrc() : crc(bytes));
                    out.putNextEntry(copy);
                    out.write(bytes);
                } else {
                    out.putNextEntry(copy);
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(target).exists();
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
