package cn.justice.yearbook.bench;

import com.fulcrumgenomics.jlibdeflate.LibdeflateDecompressor;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link RawZipStaxPass} with the pipeline's inflater: the same shared strings and first sheet through StAX, but
 * the file read whole, its central directory walked by hand and the two parts inflated by libdeflate, as the
 * pipeline inflates them (ingest/PartInflater). Not the reference, which is java.util.zip's; printed beside
 * it so that the ratio can also be read against a limit that has the same inflater.
 * Usage: RawLibdeflateStaxPass DIR [passes].
 */
public final class RawLibdeflateStaxPass {

    private static final ThreadLocal<LibdeflateDecompressor> DECOMPRESSOR = ThreadLocal.withInitial(LibdeflateDecompressor::new);
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIGNATURE = 0x06054b50;

    private RawLibdeflateStaxPass() {
    }

    public static void main(String[] args) throws Exception {
        RawZipStaxPass.report("raw zip(libdeflate)+StAX", args, RawLibdeflateStaxPass::read);
    }

    /** The central directory found from its end record and walked by hand; the two parts inflated by libdeflate. */
    static long read(Path file) throws Exception {
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.limit() - 22;
        while (end >= 0 && zip.getInt(end) != END_SIGNATURE) {
            end--;
        }
        if (end < 0) {
            throw new IllegalStateException(file + ": no end of central directory");
        }
        long values = 0;
        int at = zip.getInt(end + 16);
        for (int entries = zip.getShort(end + 10) & 0xFFFF; entries > 0; entries--) {
            if (zip.getInt(at) != CENTRAL_SIGNATURE) {
                throw new IllegalStateException(file + ": bad central directory");
            }
            int method = zip.getShort(at + 10) & 0xFFFF;
            int compressed = zip.getInt(at + 20);
            int size = zip.getInt(at + 24);
            int nameLength = zip.getShort(at + 28) & 0xFFFF;
            String name = new String(zip.array(), at + 46, nameLength, StandardCharsets.UTF_8);
            if (name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml")) {
                int local = zip.getInt(at + 42);
                int dataAt = local + 30 + (zip.getShort(local + 26) & 0xFFFF) + (zip.getShort(local + 28) & 0xFFFF);
                byte[] content = new byte[size];
                if (method == 8) {
                    DECOMPRESSOR.get().deflateDecompress(zip.array(), dataAt, compressed, content, 0, size);
                } else {
                    System.arraycopy(zip.array(), dataAt, content, 0, size);
                }
                values += RawZipStaxPass.texts(new ByteArrayInputStream(content));
            }
            at += 46 + nameLength + (zip.getShort(at + 30) & 0xFFFF) + (zip.getShort(at + 32) & 0xFFFF);
        }
        return values;
    }
}
