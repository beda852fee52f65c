package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workbook a township gets back: a first sheet 「审核结果」 listing every finding with what to do,
 * followed by a copy of their own sheets with the cells concerned coloured (red: error, yellow: to
 * check) and commented. An ordinary .xlsx is copied at the package level ({@link FeedbackPackage}); a legacy
 * .xls, and any .xlsx the package copy declines, is copied by POI. Files that could not be read, and files with nothing to point at, get the
 * findings sheet alone: copying a workbook back unchanged tells its sender nothing and costs most of the
 * time feedback takes (POI re-reads and re-writes every sheet).
 */
public class FeedbackWorkbookWriter {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbookWriter.class);
    /** A township's report is tens of KB; a file this big is left to POI, which streams what it can. */
    private static final long MAX_PACKAGE_COPY_BYTES = 32L << 20;

    private final OutputLayout layout;
    private final Catalogue catalogue;

    public FeedbackWorkbookWriter(OutputLayout layout, Catalogue catalogue) {
        this.layout = layout;
        this.catalogue = catalogue;
    }

    /**
     * Where the feedback of a submission goes: by report year, in the folders the file sat in below its year
     * folder, named after the file it answers. The folders keep apart two townships' files that are both
     * called 「报表.xlsx」; the feedback of a file that could not be placed keeps its whole folder path.
     */
    public Path pathFor(StoredSubmission submission) {
        String stem = submission.fileName().replaceFirst("\\.[^.]*$", "");
        String name = OutputLayout.safeFileName("审核反馈_" + stem) + (copiesLegacyWorkbook(submission) ? ".xls" : ".xlsx");
        boolean placed = submission.township() != null && submission.year() != null;
        Path dir = placed ? layout.feedbackDir(submission.year()) : layout.unidentifiedFeedbackDir();
        String folders = folders(submission.relativePath(), placed ? submission.year() : null);
        return OutputLayout.safeRelative(dir, folders.isEmpty() ? name : folders + "/" + name);
    }

    /**
     * 「2025/一组/报表.xlsx」 → 「一组」 and, in a prefecture, 「云溪县/2025/报表.xlsx」 → 「云溪县」 for year 2025;
     * 「2025/一组」 for no year; 「报表.xlsx」 → 「」.
     */
    private static String folders(String relativePath, Integer year) {
        int slash = relativePath.lastIndexOf('/');
        String folders = slash < 0 ? "" : relativePath.substring(0, slash);
        if (year == null || folders.isEmpty()) {
            return folders;
        }
        List<String> parts = new java.util.ArrayList<>(List.of(folders.split("/")));
        parts.remove(year.toString()); // the first folder named after the year: the feedback sits under it already
        return String.join("/", parts);
    }

    /** A readable .xls gets its feedback as .xls, so its own sheets can be copied into it. */
    private static boolean copiesLegacyWorkbook(StoredSubmission submission) {
        return submission.status() != SubmissionStatus.REJECTED
                && submission.fileName().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    private FindingsLayout layoutOf(StoredSubmission submission, List<Finding> findings, String replacedBy) {
        return FindingsLayout.of(submission, findings, replacedBy, code -> catalogue.find(code).map(Indicator::name).orElse(code));
    }

    /**
     * @param source the file as dropped, or null if it is no longer there; it is only read
     * @param replacedBy the file that supersedes this one, or null
     */
    public Path write(StoredSubmission submission, Path source, List<Finding> findings, String replacedBy) throws IOException {
        Path target = pathFor(submission);
        FindingsLayout layout = layoutOf(submission, findings, replacedBy);
        boolean copy = (!findings.isEmpty() || replacedBy != null) && submission.status() != SubmissionStatus.REJECTED
                && source != null && Files.isRegularFile(source);
        if (target.getFileName().toString().endsWith(".xlsx")) {
            if (!copy) {
                AtomicFiles.write(target, out -> FindingsPackage.write(layout, out));
                return target;
            }
            Optional<byte[]> bytes = packageCopy(source, layout, findings);
            if (bytes.isPresent()) {
                AtomicFiles.write(target, out -> out.write(bytes.get()));
                return target;
            }
        }
        writePoiCopy(copy ? source : null, target, layout, findings);
        return target;
    }

    /**
     * The copy of an ordinary .xlsx written at the package level ({@link FeedbackPackage}), or empty when it
     * declines the file and POI is to make the copy.
     */
    static Optional<byte[]> packageCopy(Path source, FindingsLayout layout, List<Finding> findings) {
        try {
            if (Files.size(source) > MAX_PACKAGE_COPY_BYTES) {
                throw new CopyDeclined("larger than " + MAX_PACKAGE_COPY_BYTES + " bytes");
            }
            return Optional.of(FeedbackPackage.copy(Files.readAllBytes(source), layout, CellMark.of(findings, sheet -> true)));
        } catch (CopyDeclined e) {
            log.debug("Feedback for {} is copied by POI, not at the package level: {}", source, e.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) { // not a decline but a failure: kept in the log with its trace
            log.info("Feedback for {} is copied by POI: the package-level copy failed", source, e);
            return Optional.empty();
        }
    }

    /** The copy made by POI: a legacy .xls, and any .xlsx the package copy declines; the findings alone when {@code source} is null. */
    void writePoiCopy(Path source, Path target, FindingsLayout layout, List<Finding> findings) throws IOException {
        try (Workbook workbook = open(source, target)) {
            new FindingsSheet(workbook).fill(layout);
            new CellMarker(workbook).mark(CellMark.of(findings, sheet -> workbook.getSheet(sheet) != null));
            AtomicFiles.write(target, workbook::write);
        }
    }

    /** A copy of the township's workbook, or a new one when {@code source} is null or cannot be copied. */
    private Workbook open(Path source, Path target) {
        boolean wantXls = target.getFileName().toString().endsWith(".xls");
        if (source == null) {
            return wantXls ? new HSSFWorkbook() : new XSSFWorkbook();
        }
        try (InputStream in = Files.newInputStream(source)) {
            Workbook workbook = WorkbookFactory.create(in);
            if ((workbook instanceof HSSFWorkbook) == wantXls) {
                return workbook;
            }
            workbook.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot copy {} into its feedback; writing the findings alone: {}", source, e.toString());
        }
        return wantXls ? new HSSFWorkbook() : new XSSFWorkbook();
    }
}
