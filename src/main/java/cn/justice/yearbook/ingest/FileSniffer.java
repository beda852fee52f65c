package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import static cn.justice.yearbook.ingest.TextSniffer.startsWith;

/**
 * Tells what a file is from its first bytes and, for zip and OLE2 containers, from what they contain;
 * see {@link FileKind}. It reads at most the container directories and a few small parts, never a sheet,
 * and never throws for a strange file: damage is a kind too ({@link FileKind#TRUNCATED_ZIP} …).
 */
public class FileSniffer {

    private static final int HEAD_BYTES = 8192;
    /** Files up to this size are read whole at once: a township's workbook is 10-60 KB. */
    private static final int READ_AT_ONCE = 256 << 10;

    /**
     * What {@link #sniff(Path, byte[], ZipParts)} needs of a file in one read, from the file open at its start whose size
     * was {@code size}: a zip whole, to be looked into and opened from memory; anything else only its first bytes, as
     * the rest is read from the file by whatever opens it. A file no larger than a workbook usually is comes in one read
     * of its size, zip or not (every system call counts when thousands of files are read); a larger one head first. A
     * zip that grew meanwhile is read to its end.
     */
    static byte[] readForSniffing(SeekableByteChannel file, long size) throws IOException {
        InputStream in = Channels.newInputStream(file); // closed with the channel
        int firstRead = size <= READ_AT_ONCE ? (int) size : HEAD_BYTES;
        byte[] first = new byte[firstRead]; // read straight into it: readNBytes(n) would read 8 KB at a time
        int got = in.readNBytes(first, 0, firstRead);
        if (got < firstRead) {
            first = Arrays.copyOf(first, got);
        }
        if (!isZip(first)) {
            return first.length <= HEAD_BYTES ? first : Arrays.copyOf(first, HEAD_BYTES);
        }
        if (first.length < firstRead) {
            return first; // the file shrank meanwhile: all there is
        }
        if (first.length < size) {
            byte[] whole = Arrays.copyOf(first, (int) Math.min(size, Integer.MAX_VALUE - 8));
            int filled = first.length + in.readNBytes(whole, first.length, whole.length - first.length);
            if (filled < whole.length) {
                return Arrays.copyOf(whole, filled);
            }
            first = whole;
        }
        return toItsEnd(first, in);
    }

    /** {@code read} and whatever follows it in {@code rest}: nothing, unless the file grew after its size was taken. */
    private static byte[] toItsEnd(byte[] read, InputStream rest) throws IOException {
        int next = rest.read();
        if (next < 0) {
            return read;
        }
        ByteArrayOutputStream grown = new ByteArrayOutputStream(read.length * 2);
        grown.write(read);
        grown.write(next);
        rest.transferTo(grown);
        return grown.toByteArray();
    }

    /** @throws IOException only if the file itself cannot be read (gone, locked, no permission) */
    public SniffedFile sniff(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return sniff(path, head, () -> ZipPackageSniffer.classify(ZipBytes.of(path)));
    }

    /**
     * The same, for what {@link #readForSniffing} read: a zip is looked into in memory, not read again,
     * through {@code zip}, opened on {@code content} and left open for what reads the file next.
     */
    SniffedFile sniff(Path path, byte[] content, ZipParts zip) throws IOException {
        // a zip's head is only looked at for its signature, so the whole of it will do
        byte[] head = content.length <= HEAD_BYTES || isZip(content) ? content : Arrays.copyOf(content, HEAD_BYTES);
        return sniff(path, head, () -> ZipPackageSniffer.classify(zip));
    }

    private SniffedFile sniff(Path path, byte[] head, Supplier<SniffedFile> zipKind) throws IOException {
        if (head.length == 0) {
            return new SniffedFile(FileKind.EMPTY, "0 bytes");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Ole2Sniffer.classify(path);
        }
        if (isZip(head)) {
            return zipKind.get();
        }
        if (startsWith(head, 'P', 'K', 5, 6)) {
            return new SniffedFile(FileKind.EMPTY_ZIP, "only an end-of-central-directory record");
        }
        SniffedFile binary = knownBinary(head);
        if (binary != null) {
            return binary;
        }
        return TextSniffer.classify(head, head.length < HEAD_BYTES);
    }

    private static boolean isZip(byte[] head) {
        return startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 7, 8);
    }

    private static SniffedFile knownBinary(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return new SniffedFile(FileKind.PDF, "%PDF-");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8') || startsWith(head, 'I', 'I', 0x2A, 0)
                || startsWith(head, 'M', 'M', 0, 0x2A)) {
            return new SniffedFile(FileKind.IMAGE, "image signature " + TextSniffer.hex(head));
        }
        if (startsWith(head, 'R', 'a', 'r', '!', 0x1A, 0x07) || startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(head, 0x1F, 0x8B)) {
            return new SniffedFile(FileKind.ARCHIVE, "archive signature " + TextSniffer.hex(head));
        }
        return oldExcel(head);
    }

    /**
     * A raw BIFF stream, not in OLE2, starts with a BOF record: 0x0009 (BIFF2), 0x0209 (BIFF3), 0x0409 (BIFF4)
     * or 0x0809 (BIFF5 and later, with the version in the record).
     */
    private static SniffedFile oldExcel(byte[] head) {
        if (head.length < 8) {
            return null;
        }
        int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        boolean plausibleLength = length >= 4 && length <= 20;
        if ((sid == 0x0009 || sid == 0x0209 || sid == 0x0409) && plausibleLength) {
            return new SniffedFile(FileKind.OLD_EXCEL, String.format(Locale.ROOT, "raw BIFF BOF record 0x%04X", sid));
        }
        if (sid == 0x0809 && plausibleLength) {
            int version = (head[4] & 0xFF) | (head[5] & 0xFF) << 8;
            FileKind kind = version == 0x0500 ? FileKind.EXCEL_95 : FileKind.OLD_EXCEL;
            return new SniffedFile(kind, String.format(Locale.ROOT, "raw BIFF stream, BOF version 0x%04X", version));
        }
        return null;
    }
}
