package cn.justice.yearbook.ingest;

import cn.justice.yearbook.ingest.ManifestXml.ManifestElement;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an OOXML package's {@code _rels/.rels} and {@code [Content_Types].xml} to find the main part and its
 * content type: that, not the file name, says whether it is a workbook, a Word document, an xlsb, or
 * Strict OOXML (which differs only in the relationship namespace).
 */
final class OoxmlManifest {

    /** Excel's own are a few KB; a 40-sheet workbook's about 10 KB. */
    private static final int MAX_MANIFEST_BYTES = 1 << 20;

    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT =
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    /** The main-part content types XSSFWorkbook reads: workbook, macro workbook, templates, add-in. */
    private static final Set<String> SPREADSHEET_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            "application/vnd.ms-excel.template.macroenabled.main+xml",
            "application/vnd.ms-excel.addin.macroenabled.main+xml");
    private static final String XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroenabled.main";

    private OoxmlManifest() {
    }

    static SniffedFile classify(ZipParts parts) {
        List<ManifestElement> rels;
        List<ManifestElement> types;
        try {
            rels = parse(parts, "_rels/.rels");
            types = parse(parts, "[Content_Types].xml");
        } catch (ManifestTooLargeException e) {
            return new SniffedFile(FileKind.SUSPICIOUS_OOXML, e.getMessage());
        } catch (IOException e) {
            return new SniffedFile(FileKind.BROKEN_OOXML, WorkbookOpener.describe(e));
        } catch (SAXException e) {
            FileKind kind = OpenFailureClassifier.isXmlAttack(e) ? FileKind.SUSPICIOUS_OOXML : FileKind.BROKEN_OOXML;
            return new SniffedFile(kind, WorkbookOpener.describe(e));
        }
        if (rels == null || types == null) {
            return new SniffedFile(FileKind.BROKEN_OOXML, "no _rels/.rels or no [Content_Types].xml");
        }
        ManifestElement main = mainRelationship(rels);
        if (main == null) {
            return new SniffedFile(FileKind.BROKEN_OOXML, "_rels/.rels has no officeDocument relationship");
        }
        String part = partName(main.attribute("Target"));
        try {
            if (zipEntry(parts, part) == null) {
                return new SniffedFile(FileKind.BROKEN_OOXML, "main part /" + part + " is missing");
            }
        } catch (IOException e) {
            return new SniffedFile(FileKind.BROKEN_OOXML, WorkbookOpener.describe(e));
        }
        String contentType = contentType(types, part);
        String evidence = "main part /" + part + " is " + contentType;
        if (contentType == null) {
            return new SniffedFile(FileKind.BROKEN_OOXML, evidence);
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (SPREADSHEET_TYPES.contains(type)) {
            boolean strict = STRICT_OFFICE_DOCUMENT.equals(main.attribute("Type"));
            return new SniffedFile(strict ? FileKind.STRICT_OOXML : FileKind.XLSX, evidence);
        }
        return new SniffedFile(otherKind(type), evidence);
    }

    private static FileKind otherKind(String type) {
        if (type.equals(XLSB_TYPE)) {
            return FileKind.XLSB;
        }
        if (type.contains("wordprocessingml") || type.startsWith("application/vnd.ms-word.")) {
            return FileKind.WORD_OOXML;
        }
        if (type.contains("presentationml") || type.startsWith("application/vnd.ms-powerpoint.")) {
            return FileKind.POWERPOINT_OOXML;
        }
        return FileKind.OTHER_OOXML;
    }

    private static ManifestElement mainRelationship(List<ManifestElement> rels) {
        for (ManifestElement rel : rels) {
            String type = rel.attribute("Type");
            if (rel.localName().equals("Relationship") && (OFFICE_DOCUMENT.equals(type) || STRICT_OFFICE_DOCUMENT.equals(type))
                    && !"External".equals(rel.attribute("TargetMode"))) {
                return rel;
            }
        }
        return null;
    }

    /** A root relationship's target as a zip entry name: relative to the package root, no leading slash. */
    private static String partName(String target) {
        String name = target.trim();
        while (name.startsWith("/") || name.startsWith("./")) {
            name = name.substring(name.startsWith("/") ? 1 : 2);
        }
        return name;
    }

    private static String contentType(List<ManifestElement> types, String part) {
        String partName = "/" + part;
        for (ManifestElement override : types) {
            if (override.localName().equals("Override") && override.attribute("PartName").equalsIgnoreCase(partName)) {
                return override.attribute("ContentType");
            }
        }
        int dot = part.lastIndexOf('.');
        String extension = dot < 0 ? "" : part.substring(dot + 1);
        for (ManifestElement def : types) {
            if (def.localName().equals("Default") && def.attribute("Extension").equalsIgnoreCase(extension)) {
                return def.attribute("ContentType");
            }
        }
        return null;
    }

    /** OPC part names compare without case. */
    private static ZipArchiveEntry zipEntry(ZipParts parts, String name) throws IOException {
        ZipArchiveEntry exact = parts.entry(name);
        if (exact != null) {
            return exact;
        }
        for (ZipArchiveEntry entry : parts.entries()) {
            if (entry.getName().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    /** Parses a small part as POI's hardened parser would (no DOCTYPE, no external entities); null if absent. */
    private static List<ManifestElement> parse(ZipParts parts, String name) throws IOException, SAXException {
        ZipArchiveEntry entry = zipEntry(parts, name);
        if (entry == null) {
            return null;
        }
        byte[] bytes = parts.content(entry, MAX_MANIFEST_BYTES);
        if (bytes == null) {
            throw new ManifestTooLargeException(name + " inflates to more than " + MAX_MANIFEST_BYTES + " bytes");
        }
        return ManifestXml.elements(bytes);
    }

    private static final class ManifestTooLargeException extends IOException {
        ManifestTooLargeException(String message) {
            super(message);
        }
    }
}
