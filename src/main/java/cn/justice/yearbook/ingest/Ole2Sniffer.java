package cn.justice.yearbook.ingest;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells what an OLE2 compound file holds from its root directory: an encrypted xlsx ({@code EncryptionInfo}
 * and {@code EncryptedPackage}), a workbook stream (then its first BIFF records say BIFF8, Excel 95 or
 * encrypted), a Word or PowerPoint document, or something else.
 */
final class Ole2Sniffer {

    /** Stream names POI reads as a BIFF8 workbook, in its order; "Book" is Excel 5.0/95's name. */
    private static final List<String> WORKBOOK_STREAMS = List.of("Workbook", "WORKBOOK", "BOOK", "WorkBook", "Book");

    private static final int BOF = 0x0809;
    private static final int EOF = 0x000A;
    private static final int FILEPASS = 0x002F;
    private static final int BIFF5_VERSION = 0x0500;
    /** FILEPASS follows BOF directly in files Excel writes; a few records of slack costs nothing. */
    private static final int RECORDS_TO_SCAN = 32;

    private Ole2Sniffer() {
    }

    static SniffedFile classify(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage")) {
                return new SniffedFile(FileKind.ENCRYPTED_OOXML, "EncryptionInfo and EncryptedPackage streams");
            }
            for (String name : WORKBOOK_STREAMS) {
                if (root.hasEntry(name)) {
                    return new SniffedFile(probeWorkbook(root, name), "stream " + name);
                }
            }
            if (root.hasEntry("WordDocument")) {
                return new SniffedFile(FileKind.WORD_OLE2, "WordDocument stream");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return new SniffedFile(FileKind.POWERPOINT_OLE2, "PowerPoint Document stream");
            }
            String names = root.getEntryNames().stream().limit(8).collect(Collectors.joining(", "));
            return new SniffedFile(FileKind.OTHER_OLE2, "root entries: " + names);
        } catch (IOException | RuntimeException e) {
            return new SniffedFile(FileKind.BROKEN_OLE2, WorkbookOpener.describe(e));
        }
    }

    /** Reads the BOF record's version and looks for FILEPASS among the first records of the globals substream. */
    private static FileKind probeWorkbook(DirectoryNode root, String name) throws IOException {
        boolean oldName = name.equals("Book");
        try (DocumentInputStream in = root.createDocumentInputStream(name)) {
            if (in.available() < 6 || in.readUShort() != BOF) {
                return oldName ? FileKind.EXCEL_95 : FileKind.XLS; // POI will say what is wrong
            }
            int length = in.readUShort();
            int version = length >= 2 ? in.readUShort() : 0;
            if (version == BIFF5_VERSION || oldName) {
                return FileKind.EXCEL_95;
            }
            skip(in, length - 2);
            for (int i = 0; i < RECORDS_TO_SCAN && in.available() >= 4; i++) {
                int sid = in.readUShort();
                int recordLength = in.readUShort();
                if (sid == FILEPASS) {
                    return FileKind.ENCRYPTED_XLS;
                }
                if (sid == EOF || recordLength > in.available()) {
                    break;
                }
                skip(in, recordLength);
            }
            return FileKind.XLS;
        }
    }

    private static void skip(DocumentInputStream in, int bytes) throws IOException {
        if (bytes > 0) {
            in.skipNBytes(bytes);
        }
    }
}
