package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.finding.Rule;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a dropped file as a POI workbook, read-only, or says in staff's terms why it cannot be opened.
 *
 * <p>The file's bytes decide, not its name: {@link FileSniffer} tells what it is, and only workbooks reach
 * POI, after {@link ZipIntegrityCheck} has inflated an xlsx once within {@link PoiSecurityLimits}. What POI
 * then throws, checked or not, becomes an {@link UnreadableFileException} ({@link OpenFailureClassifier});
 * nothing escapes. An opened workbook still has to have a sheet, sane text ({@link TextVolumeCheck}),
 * sane merged regions ({@link MergedCellCheck}) and no sheet longer than a report ({@link RowCountCheck}).
 *
 * <p>There is no time limit per file: POI never looks at interrupts, so a timed-out parse would keep its
 * thread busy in the background. Instead every input that drives the work is bounded (file size, inflated
 * size, part count, text volume), each step is linear in it, and a slow open is logged.
 */
public class WorkbookOpener {

    public static final long DEFAULT_MAX_FILE_SIZE = 20L << 20;
    public static final int DEFAULT_MAX_ROWS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(WorkbookOpener.class);
    private static final long SLOW_OPEN_NANOS = 10_000_000_000L;

    private final long maxFileSize;
    private final int maxRows;
    private final FileSniffer sniffer = new FileSniffer();
    private final XlsxStreamReader streamReader;
    private final XlsRecordReader xlsReader;

    public WorkbookOpener() {
        this(DEFAULT_MAX_FILE_SIZE);
    }

    public WorkbookOpener(long maxFileSize) {
        this(maxFileSize, DEFAULT_MAX_ROWS);
    }

    /**
     * @param maxFileSize larger files are refused before anything is parsed ({@link Rule#FILE_TOO_LARGE})
     * @param maxRows     a workbook with a sheet of more rows holding data is refused ({@link Rule#FILE_TOO_LARGE}),
     *                    an xlsx before POI parses it
     */
    public WorkbookOpener(long maxFileSize, int maxRows) {
        PoiSecurityLimits.apply();
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
        this.streamReader = new XlsxStreamReader(maxRows);
        this.xlsReader = new XlsRecordReader(maxRows);
    }

    /** Opens the file as a POI workbook, whatever kind of workbook it is. */
    public Workbook open(Path path, String fileName) throws UnreadableFileException {
        long started = System.nanoTime();
        try {
            checkSize(path);
            return openSniffed(path, sniff(path));
        } finally {
            logIfSlow(fileName, started);
        }
    }

    /**
     * Opens the file for reading its sheets: an ordinary xlsx by {@link XlsxStreamReader}, an ordinary .xls by
     * {@link XlsRecordReader}, anything else, and any file those readers decline, through POI with all its checks.
     * All give the same cells.
     */
    OpenedWorkbook openSheets(Path path, String fileName) throws UnreadableFileException {
        long started = System.nanoTime();
        try {
            byte[] content = sizeCheckedForSniffing(path); // a zip whole (at most maxFileSize), anything else its head
            try (ZipParts zip = ZipParts.of(ZipBytes.of(content))) { // opened only if content is a zip
                SniffedFile sniffed = sniff(path, content, zip);
                if (sniffed.kind() == FileKind.XLS) {
                    Optional<List<SheetCells>> read = xlsReader.read(path);
                    if (read.isPresent()) {
                        return new OpenedWorkbook(read.get(), null);
                    }
                    log.debug("{} is read through POI", fileName);
                }
                if (sniffed.kind() != FileKind.XLSX) {
                    return poiSheets(openSniffed(path, sniffed));
                }
                ZipIntegrityCheck.verify(zip);
                Optional<List<SheetCells>> streamed = streamReader.read(zip);
                if (streamed.isPresent()) {
                    return new OpenedWorkbook(streamed.get(), null);
                }
                log.debug("{} is read through POI", fileName);
                return poiSheets(checked(parseCheckedXlsx(path, zip.bytes()), sniffed));
            }
        } finally {
            logIfSlow(fileName, started);
        }
    }

    /** The visible sheets of a POI workbook; closing them closes the workbook. */
    static OpenedWorkbook poiSheets(Workbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        boolean date1904 = workbook instanceof XSSFWorkbook xssf ? xssf.isDate1904()
                : workbook instanceof HSSFWorkbook hssf && hssf.getInternalWorkbook().isUsing1904DateWindowing();
        NumberFormats formats = NumberFormats.forPoiCells(date1904);
        List<SheetCells> visible = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                visible.add(new PoiSheetCells(workbook.getSheetAt(i), evaluator, formats));
            }
        }
        return new OpenedWorkbook(visible, workbook);
    }

    /**
     * The file's size checked, then what {@link FileSniffer#readForSniffing} reads of it, through one open: a zip is sniffed,
     * checked and read from memory, so it is read whole; other kinds are opened from the file.
     */
    private byte[] sizeCheckedForSniffing(Path path) throws UnreadableFileException {
        try (SeekableByteChannel file = Files.newByteChannel(path)) {
            long size = file.size();
            checkSize(size);
            return FileSniffer.readForSniffing(file, size);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private static UnreadableFileException cannotRead(Exception e) {
        return new UnreadableFileException(Rule.FILE_UNREADABLE, "无法读取文件，可能已被移走或正被其他程序占用",
                "cannot read the file: " + describe(e), e);
    }

    private static void logIfSlow(String fileName, long started) {
        long elapsed = System.nanoTime() - started;
        if (elapsed > SLOW_OPEN_NANOS) {
            log.warn("Opening {} took {} ms", fileName, elapsed / 1_000_000);
        }
    }

    private void checkSize(Path path) throws UnreadableFileException {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw cannotRead(e);
        }
        checkSize(size);
    }

    private void checkSize(long size) throws UnreadableFileException {
        if (size == 0) {
            throw new UnreadableFileException(Rule.FILE_EMPTY, FileKind.EMPTY.detailZh(), "empty file (0 bytes)", null);
        }
        if (size > maxFileSize) {
            throw new UnreadableFileException(Rule.FILE_TOO_LARGE,
                    megabytes(size) + "，超过单个报表文件 " + megabytes(maxFileSize) + " 的上限",
                    "file has " + size + " bytes, the limit is " + maxFileSize, null);
        }
    }

    private SniffedFile sniff(Path path) throws UnreadableFileException {
        try {
            return sniffer.sniff(path);
        } catch (IOException | RuntimeException e) {
            throw cannotRead(e);
        }
    }

    /** @param content what {@link FileSniffer#readForSniffing} read of the file, {@code zip} opened on it */
    private SniffedFile sniff(Path path, byte[] content, ZipParts zip) throws UnreadableFileException {
        try {
            return sniffer.sniff(path, content, zip);
        } catch (IOException | RuntimeException e) {
            throw cannotRead(e);
        }
    }

    private Workbook openSniffed(Path path, SniffedFile sniffed) throws UnreadableFileException {
        FileKind kind = sniffed.kind();
        if (!kind.openable()) {
            throw new UnreadableFileException(kind.rule(), kind.detailZh(), "rejected as " + sniffed.describe(), null);
        }
        Workbook workbook = switch (kind) {
            case XLSX -> openXlsx(path);
            case ENCRYPTED_OOXML -> openDecrypted(DefaultPasswordDecryption.decrypt(path, maxFileSize), maxRows);
            case XLS, ENCRYPTED_XLS -> openXls(path, kind); // POI tries Excel's default password itself
            default -> throw new IllegalStateException("no way to open " + kind);
        };
        return checked(workbook, sniffed);
    }

    /** What every opened workbook must pass: a sheet, sane text, sane merged areas, no sheet longer than a report. */
    private Workbook checked(Workbook workbook, SniffedFile sniffed) throws UnreadableFileException {
        FileKind kind = sniffed.kind();
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException(Rule.FILE_UNREADABLE, "文件中没有工作表，可能不完整",
                        sniffed.describe() + ": workbook opened with no sheets (truncated package?)", null);
            }
            TextVolumeCheck.verify(workbook);
            MergedCellCheck.verify(workbook);
            RowCountCheck.verify(workbook, maxRows);
            return workbook;
        } catch (UnreadableFileException e) {
            closeQuietly(workbook);
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            closeQuietly(workbook);
            throw OpenFailureClassifier.classify(e, kind, "checking the opened workbook");
        }
    }

    private Workbook openXlsx(Path path) throws UnreadableFileException {
        ZipIntegrityCheck.verify(ZipBytes.of(path));
        return parseCheckedXlsx(path, ZipBytes.of(path));
    }

    /** An xlsx whose zip has passed {@link ZipIntegrityCheck}: rows counted before POI parses it. */
    private Workbook parseCheckedXlsx(Path path, ZipBytes zip) throws UnreadableFileException {
        RowCountCheck.verify(zip, maxRows);
        return parseXlsx(openPackage(path), FileKind.XLSX);
    }

    private static OPCPackage openPackage(Path path) throws UnreadableFileException {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw OpenFailureClassifier.classify(e, FileKind.XLSX, "opening the package");
        }
    }

    /** An xlsx that Excel's default password decrypted: the same checks as one read from disk. */
    private static Workbook openDecrypted(byte[] bytes, int maxRows) throws UnreadableFileException {
        SniffedFile inner = ZipPackageSniffer.classify(ZipBytes.of(bytes));
        if (inner.kind() != FileKind.XLSX) {
            throw new UnreadableFileException(inner.kind().rule(), inner.kind().detailZh(),
                    "decrypted package rejected as " + inner.describe(), null);
        }
        ZipIntegrityCheck.verify(ZipBytes.of(bytes));
        RowCountCheck.verify(ZipBytes.of(bytes), maxRows);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | IOException | RuntimeException | StackOverflowError e) {
            throw OpenFailureClassifier.classify(e, FileKind.ENCRYPTED_OOXML, "opening the decrypted package");
        }
        return parseXlsx(pkg, FileKind.ENCRYPTED_OOXML);
    }

    private static Workbook parseXlsx(OPCPackage pkg, FileKind kind) throws UnreadableFileException {
        try {
            return XSSFWorkbookFactory.createWorkbook(pkg); // reverts the package if parsing fails
        } catch (IOException | RuntimeException e) {
            throw OpenFailureClassifier.classify(e, kind, "parsing the workbook");
        } catch (StackOverflowError | OutOfMemoryError e) {
            // limits should prevent these; the objects of this one file are garbage now, so the run goes on
            pkg.revert();
            throw OpenFailureClassifier.classify(e, kind, "parsing the workbook");
        }
    }

    private static Workbook openXls(Path path, FileKind kind) throws UnreadableFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(path.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw OpenFailureClassifier.classify(e, kind, "opening the OLE2 container");
        }
        try {
            return new HSSFWorkbook(fs.getRoot(), true); // closing the workbook closes fs
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            closeQuietly(fs);
            throw OpenFailureClassifier.classify(e, kind, "parsing the workbook");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }

    /** The exception and its causes, class names and messages, for the operator log. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getName()).append(": ").append(String.valueOf(t.getMessage()).replaceAll("\\s+", " "));
        }
        return sb.toString();
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // read-only: nothing to lose on close
        }
    }
}
