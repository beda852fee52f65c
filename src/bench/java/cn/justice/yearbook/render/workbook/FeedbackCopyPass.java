package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.validate.SubmissionStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback step's copies alone, both ways, over real workbooks with findings on cells: the package-level copy
 * ({@link FeedbackPackage}) and POI's (load, findings sheet, marks, save). The files and their findings come from a
 * run report; each copy is written to disk as the pipeline writes it. One thread, warm (a first pass is not
 * counted); wall and thread CPU time per file, the latter less disturbed by a busy machine. In this package for the copies' package-private entry points.
 *
 * <p>Usage: FeedbackCopyPass REPORT_JSON INPUT_DIR OUT_DIR [files] [passes]
 */
public final class FeedbackCopyPass {

    private record Job(Path source, FindingsLayout layout, List<Finding> findings) {
    }

    private FeedbackCopyPass() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        List<Job> jobs = jobs(JsonMapper.builder().build().readTree(Path.of(args[0]).toFile()), input, limit);
        FeedbackWorkbookWriter poi = new FeedbackWorkbookWriter(null, null);
        int declined = 0;
        for (Job job : jobs) {
            declined += FeedbackWorkbookWriter.packageCopy(job.source(), job.layout(), job.findings()).isPresent() ? 0 : 1;
        }
        System.out.printf("%d .xlsx files with findings on cells; the package copy declines %d%n", jobs.size(), declined);
        // both ways timed over the same files: those the package copy takes
        jobs = jobs.stream().filter(j -> FeedbackWorkbookWriter.packageCopy(j.source(), j.layout(), j.findings()).isPresent()).toList();
        for (int pass = 0; pass <= passes; pass++) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int i = 0;
            for (Job job : jobs) {
                byte[] bytes = FeedbackWorkbookWriter.packageCopy(job.source(), job.layout(), job.findings()).orElseThrow();
                cn.justice.yearbook.common.AtomicFiles.write(out.resolve("package-" + (i++ % 50) + ".xlsx"), o -> o.write(bytes));
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            i = 0;
            for (Job job : jobs) {
                poi.writePoiCopy(job.source(), out.resolve("poi-" + (i++ % 50) + ".xlsx"), job.layout(), job.findings());
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("%s: package %.2f ms/file (CPU %.2f), POI %.2f ms/file (CPU %.2f)%n", pass == 0 ? "warm-up" : "pass " + pass,
                    (t1 - t0) / 1e6 / jobs.size(), (c1 - c0) / 1e6 / jobs.size(), (t2 - t1) / 1e6 / jobs.size(), (c2 - c1) / 1e6 / jobs.size());
        }
    }

    private static List<Job> jobs(JsonNode report, Path input, int limit) {
        List<Job> jobs = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            List<Finding> findings = new ArrayList<>();
            boolean onCells = false;
            for (JsonNode f : file.path("findings")) {
                String cell = text(f, "cell");
                onCells |= cell != null && text(f, "sheet") != null;
                findings.add(new Finding(text(f, "ruleId"), Severity.valueOf(text(f, "severity")), text(f, "indicator"),
                        text(f, "sheet"), cell, text(f, "message"), f.path("explained").asBoolean(false)));
            }
            Path source = input.resolve(file.get("file").asText());
            if (!onCells || !source.toString().endsWith(".xlsx") || !Files.isRegularFile(source)) {
                continue;
            }
            StoredSubmission submission = new StoredSubmission(1, file.get("checksum").asText(), source.getFileName().toString(),
                    file.get("file").asText(), file.get("size").asLong(), Instant.EPOCH, Instant.EPOCH, 1,
                    text(file, "township"), file.path("year").asInt(), null, SubmissionStatus.ERRORS, null, null);
            jobs.add(new Job(source, FindingsLayout.of(submission, findings, null, code -> code), findings));
            if (jobs.size() == limit) {
                break;
            }
        }
        return jobs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
