package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells what a zip is from its entry list: an OOXML package (see {@link OoxmlManifest}), an OpenDocument
 * file (its {@code mimetype} entry), a plain archive, or a damaged or suspicious zip.
 */
final class ZipPackageSniffer {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ODF_MIMETYPE = "mimetype";
    /**
     * The methods commons-compress decodes with no library besides itself. Excel and WPS write stored and deflated
     * parts only; Zstandard and XZ would need decoder libraries this program does not ship, and LZMA, PPMd and the
     * rest (7-Zip can write them) it cannot decode at all.
     */
    private static final Set<ZipMethod> DECODED_METHODS = EnumSet.of(ZipMethod.STORED, ZipMethod.UNSHRINKING,
            ZipMethod.IMPLODING, ZipMethod.DEFLATED, ZipMethod.ENHANCED_DEFLATED, ZipMethod.BZIP2);
    private static final String ODF_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private ZipPackageSniffer() {
    }

    static SniffedFile classify(ZipBytes zipBytes) {
        try (ZipParts parts = ZipParts.of(zipBytes)) {
            return classify(parts);
        }
    }

    /** The same, through a zip opened once for the sniffer and what reads the file next. */
    static SniffedFile classify(ZipParts parts) {
        try {
            List<ZipArchiveEntry> entries = parts.entries();
            if (entries.isEmpty()) {
                return new SniffedFile(FileKind.EMPTY_ZIP, "central directory lists no entries");
            }
            boolean ooxml = parts.entry(CONTENT_TYPES) != null;
            SniffedFile structural = checkEntries(entries, ooxml);
            if (structural != null) {
                return structural;
            }
            if (ooxml) {
                return OoxmlManifest.classify(parts);
            }
            if (parts.entry(ODF_MIMETYPE) != null) {
                return odf(parts, parts.entry(ODF_MIMETYPE));
            }
            if (parts.entry("META-INF/manifest.xml") != null && parts.entry("content.xml") != null) {
                return new SniffedFile(FileKind.ODF_OTHER, "META-INF/manifest.xml and content.xml, no mimetype");
            }
            if (parts.entry("xl/workbook.xml") != null || parts.entry("xl/workbook.bin") != null) {
                return new SniffedFile(FileKind.BROKEN_OOXML, "xl/workbook.* present but no " + CONTENT_TYPES);
            }
            return new SniffedFile(FileKind.ZIP_ARCHIVE, entries.size() + " entries, first " + entries.get(0).getName());
        } catch (IOException | RuntimeException e) {
            // commons-compress finds no end-of-central-directory record in a cut-short zip
            return new SniffedFile(FileKind.TRUNCATED_ZIP, WorkbookOpener.describe(e));
        }
    }

    /**
     * Duplicate names let two readers see different content under one name. OPC part names compare
     * without case, so in a package {@code Sheet1.xml} and {@code sheet1.xml} are duplicates too. A part in a method
     * not decoded here is said to be so, not taken for damage or a cut-short file when the read fails.
     */
    private static SniffedFile checkEntries(List<ZipArchiveEntry> entries, boolean ooxml) {
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String name = ooxml ? entry.getName().toLowerCase(Locale.ROOT) : entry.getName();
            if (!names.add(name)) {
                return new SniffedFile(FileKind.DUPLICATE_ZIP_ENTRIES, "entry name occurs twice: " + entry.getName());
            }
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                return new SniffedFile(FileKind.ENCRYPTED_ZIP, "entry " + entry.getName() + " is encrypted");
            }
            ZipMethod method = ZipMethod.getMethodByCode(entry.getMethod());
            if (method == null || !DECODED_METHODS.contains(method)) {
                return new SniffedFile(FileKind.UNREADABLE_ZIP_METHOD, "entry " + entry.getName() + " is compressed by method "
                        + entry.getMethod() + " (" + method + ")");
            }
        }
        return null;
    }

    private static SniffedFile odf(ZipParts parts, ZipArchiveEntry mimetype) throws IOException {
        String type;
        try (InputStream in = parts.open(mimetype)) {
            type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
        }
        FileKind kind = type.startsWith(ODF_SPREADSHEET) ? FileKind.ODF_SPREADSHEET : FileKind.ODF_OTHER;
        return new SniffedFile(kind, "mimetype " + type);
    }
}
