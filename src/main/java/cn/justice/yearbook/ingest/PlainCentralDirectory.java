package cn.justice.yearbook.ingest;

import org.apache.commons.compress.archivers.zip.GeneralPurposeBit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipShort;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;

/**
 * The central directory of the zips Excel, WPS and POI write, read in place from the bytes in memory: the entries
 * commons-compress's {@code ZipFile} lists for such a zip (name, method, flags, CRC, sizes, where its local header
 * and its data start), without what that costs per workbook (a {@code Calendar} per entry for its DOS time, which
 * nothing here reads, names decoded through a charset decoder, a channel over the bytes): about 5 % of an ingest
 * worker's CPU. Like {@link PlainZipEntries} it only ever reads a zip it finds ordinary: the directory right before
 * its end record, which ends the file; no comment, no extra fields, no zip64, no encryption flags, methods stored and
 * deflated only, printable ASCII names listed once, each local header where the directory says. Anything else gives
 * null, and {@code ZipFile} reads the zip, giving every verdict as before.
 */
final class PlainCentralDirectory {

    private static final int END_RECORD_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int CENTRAL_HEADER_SIZE = 46;
    static final int LOCAL_HEADER_SIZE = 30;
    /** General-purpose flags no plain reading takes: encrypted, strongly encrypted, local headers masked. */
    static final int ENCRYPTION_FLAGS = 1 | 1 << 6 | 1 << 13;
    private static final long END_RECORD_SIG = 0x06054b50L;
    private static final long ZIP64_LOCATOR_SIG = 0x07064b50L;
    private static final long ZIP64_MAGIC = 0xFFFFFFFFL;

    private PlainCentralDirectory() {
    }

    /**
     * The zip's entries by name, in the directory's order, as {@code ZipFile} would list them (each name once); null unless
     * the zip is ordinary.
     */
    static Map<String, ZipArchiveEntry> read(byte[] zip) {
        try {
            return entries(zip);
        } catch (RuntimeException e) {
            return null; // whatever this reading trips on, ZipFile judges
        }
    }

    private static Map<String, ZipArchiveEntry> entries(byte[] zip) {
        int end = zip.length - END_RECORD_SIZE;
        if (end < 0 || !signatureAt(zip, end, END_RECORD_SIG)
                || end >= ZIP64_LOCATOR_SIZE && signatureAt(zip, end - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIG)) {
            return null;
        }
        int count = ZipShort.getValue(zip, end + 10);
        long directorySize = ZipLong.getValue(zip, end + 12);
        long directoryAt = ZipLong.getValue(zip, end + 16);
        if (ZipShort.getValue(zip, end + 4) != 0 || ZipShort.getValue(zip, end + 6) != 0 || ZipShort.getValue(zip, end + 8) != count
                || ZipShort.getValue(zip, end + 20) != 0 || count == 0 || directoryAt + directorySize != end) {
            return null;
        }
        Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        int at = (int) directoryAt;
        for (int i = 0; i < count; i++) {
            ZipArchiveEntry entry = at + CENTRAL_HEADER_SIZE <= end && signatureAt(zip, at, ZipLong.CFH_SIG.getValue())
                    ? entryAt(zip, at, (int) directoryAt, end) : null;
            if (entry == null || entries.put(entry.getName(), entry) != null) {
                return null;
            }
            at += CENTRAL_HEADER_SIZE + entry.getName().length();
        }
        return at == end ? entries : null;
    }

    /** The central header at {@code at}, if ordinary and its local header too; the directory starts at {@code directoryAt}. */
    private static ZipArchiveEntry entryAt(byte[] zip, int at, int directoryAt, int end) {
        int flags = ZipShort.getValue(zip, at + 8);
        int method = ZipShort.getValue(zip, at + 10);
        long compressed = ZipLong.getValue(zip, at + 20);
        long size = ZipLong.getValue(zip, at + 24);
        int nameLength = ZipShort.getValue(zip, at + 28);
        long localAt = ZipLong.getValue(zip, at + 42);
        if ((flags & ENCRYPTION_FLAGS) != 0 || method != ZipEntry.DEFLATED && method != ZipEntry.STORED
                || ZipShort.getValue(zip, at + 30) != 0 || ZipShort.getValue(zip, at + 32) != 0 || ZipShort.getValue(zip, at + 34) != 0
                || compressed == ZIP64_MAGIC || size == ZIP64_MAGIC || localAt == ZIP64_MAGIC
                || at + CENTRAL_HEADER_SIZE + nameLength > end || localAt + LOCAL_HEADER_SIZE > directoryAt) {
            return null;
        }
        String name = asciiName(zip, at + CENTRAL_HEADER_SIZE, nameLength);
        int local = (int) localAt;
        if (name == null || !signatureAt(zip, local, ZipLong.LFH_SIG.getValue()) || ZipShort.getValue(zip, local + 28) != 0) {
            return null;
        }
        long dataAt = localAt + LOCAL_HEADER_SIZE + ZipShort.getValue(zip, local + 26);
        if (dataAt + compressed > directoryAt) {
            return null;
        }
        return new Listed(name, method, GeneralPurposeBit.parse(zip, at + 8), ZipLong.getValue(zip, at + 16), compressed, size,
                localAt, dataAt);
    }

    /** The name of {@code length} bytes at {@code at} if it is printable ASCII, else null. */
    static String asciiName(byte[] zip, int at, int length) {
        if (length == 0) {
            return null;
        }
        for (int i = at; i < at + length; i++) {
            if (zip[i] < 0x20 || zip[i] > 0x7E) {
                return null;
            }
        }
        return new String(zip, at, length, StandardCharsets.US_ASCII);
    }

    static boolean signatureAt(byte[] zip, int at, long signature) {
        return at >= 0 && at + 4 <= zip.length && ZipLong.getValue(zip, at) == signature;
    }

    /** An entry as the directory lists it; its offsets can only be set from a subclass. */
    private static final class Listed extends ZipArchiveEntry {

        Listed(String name, int method, GeneralPurposeBit flags, long crc, long compressed, long size, long localAt, long dataAt) {
            super(name);
            setMethod(method);
            setGeneralPurposeBit(flags);
            setCrc(crc);
            setCompressedSize(compressed);
            setSize(size);
            setLocalHeaderOffset(localAt);
            setDataOffset(dataAt);
        }
    }
}
