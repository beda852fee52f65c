package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks the way the pipeline needs them on disk: never half-written (a temporary file in the
 * same folder, then an atomic rename, so a reader scanning the folder sees the old file or the new one),
 * and reproducible (the document properties and the zip entries carry the given time, not the clock,
 * so the same content gives the same bytes and regenerating a sample does not change git).
 */
public final class WorkbookFiles {

    /** The bureau's time zone: document times are written as local times, as Excel does. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private WorkbookFiles() {
    }

    /**
     * Writes {@code workbook} to {@code target} (replacing it), stamped with {@code stamp}.
     * Closes nothing: the caller owns the workbook.
     */
    public static Path write(Workbook workbook, Path target, Instant stamp) throws IOException {
        byte[] bytes = toBytes(workbook, stamp);
        return AtomicFiles.write(target, out -> out.write(bytes));
    }

    static byte[] toBytes(Workbook workbook, Instant stamp) throws IOException {
        XSSFWorkbook xlsx = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook()
                : workbook instanceof XSSFWorkbook xssf ? xssf : null;
        if (xlsx != null) {
            var core = xlsx.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(stamp)));
            core.setModified(Optional.of(Date.from(stamp)));
        } else if (workbook instanceof HSSFWorkbook hssf) {
            // Excel always writes the summary streams; readers warn when they are missing
            hssf.createInformationProperties();
            hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            hssf.getSummaryInformation().setCreateDateTime(Date.from(stamp));
            hssf.getSummaryInformation().setLastSaveDateTime(Date.from(stamp));
        }
        var out = new ByteArrayOutputStream(32 * 1024);
        workbook.write(out);
        if (xlsx != null) {
            return withEntryTimes(out.toByteArray(), LocalDateTime.ofInstant(stamp, ZONE));
        }
        return out.toByteArray(); // an .xls (OLE2) file stores no other time than the summary's
    }

    /**
     * Rewrites an .xlsx package with every entry dated {@code time}; POI dates them with the clock. Read through the
     * central directory: a streamed workbook's entries give their sizes only there.
     */
    private static byte[] withEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        var out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipFile in = ZipBytes.of(zip).centralDirectory(); var rezipped = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rezipped.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(rezipped);
                }
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
