package cn.justice.yearbook.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipShort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import static cn.justice.yearbook.ingest.PoiSecurityLimits.GRACE_ENTRY_SIZE;
import static cn.justice.yearbook.ingest.PoiSecurityLimits.MAX_TOTAL_INFLATED_SIZE;

/**
 * {@link ZipIntegrityCheck}'s walk over the local entries for the zips Excel, WPS and POI write, done on the bytes in
 * memory: each local header parsed in place, each part inflated straight into an array of the size the central
 * directory lists. It only ever proves a zip sound; it never judges one. Anything it does not expect (a prefix before
 * the first entry, extra fields, encryption flags, methods other than stored and deflated, non-ASCII names, a field
 * that differs between the views, a part larger than any ordinary one) makes it give up, and the check then walks the zip with
 * commons-compress as before, so every damaged or doubtful zip gets the same verdict and message it always did.
 */
final class PlainZipEntries {

    private static final int LOCAL_HEADER_SIZE = PlainCentralDirectory.LOCAL_HEADER_SIZE;
    private static final int HAS_DATA_DESCRIPTOR = 1 << 3;

    private final byte[] zip;
    private final Map<String, ZipArchiveEntry> central;
    private final List<Proved> proved = new ArrayList<>();
    private final PartInflater inflater;
    private final CRC32 crc = new CRC32();

    private record Proved(ZipArchiveEntry listed, byte[] content) {
    }

    private PlainZipEntries(byte[] zip, Map<String, ZipArchiveEntry> central, PartInflater inflater) {
        this.zip = zip;
        this.central = central;
        this.inflater = inflater;
    }

    /**
     * Whether the local entries of {@code zip} are, in order, each entry of the central directory {@code central}
     * exactly once, starting where it says, holding the data it says, within the limits; if so, every part's content
     * is kept in {@code parts} as far as it has room. Nothing is kept otherwise.
     */
    static boolean verified(byte[] zip, Map<String, ZipArchiveEntry> central, ZipParts parts) {
        PlainZipEntries walk = new PlainZipEntries(zip, central, parts.inflater());
        try {
            if (!walk.walk()) {
                return false;
            }
        } catch (RuntimeException e) {
            return false; // whatever this walk trips on, the full check judges
        }
        try {
            for (Proved part : walk.proved) {
                parts.keep(part.listed(), part.content());
            }
        } catch (IOException e) {
            // proved sound all the same; a part not kept is inflated again through the central directory
        }
        return true;
    }

    private boolean walk() {
        Set<String> seen = new HashSet<>();
        long total = 0;
        int at = 0;
        while (signatureAt(at, ZipLong.LFH_SIG)) {
            if (at + LOCAL_HEADER_SIZE > zip.length) {
                return false;
            }
            int flags = ZipShort.getValue(zip, at + 6);
            int method = ZipShort.getValue(zip, at + 8);
            int nameLength = ZipShort.getValue(zip, at + 26);
            int extraLength = ZipShort.getValue(zip, at + 28);
            int dataAt = at + LOCAL_HEADER_SIZE + nameLength;
            if ((flags & PlainCentralDirectory.ENCRYPTION_FLAGS) != 0 || extraLength != 0
                    || (method != ZipEntry.DEFLATED && method != ZipEntry.STORED) || dataAt > zip.length) {
                return false;
            }
            String name = PlainCentralDirectory.asciiName(zip, at + LOCAL_HEADER_SIZE, nameLength);
            ZipArchiveEntry entry = name == null ? null : central.get(name);
            if (entry == null || !seen.add(name) || entry.getLocalHeaderOffset() != at || entry.getDataOffset() != dataAt
                    || entry.getMethod() != method || !withinLimits(entry, total)) {
                return false;
            }
            boolean described = (flags & HAS_DATA_DESCRIPTOR) != 0;
            if (!described && !sameAsListed(at + 14, entry)) {
                return false;
            }
            byte[] content = new byte[(int) entry.getSize()];
            long compressed = method == ZipEntry.STORED ? stored(dataAt, entry, content)
                    : inflater.inflate(zip, dataAt, zip.length - dataAt, content);
            if (compressed != entry.getCompressedSize() || !sameCrc(content, entry)) {
                return false;
            }
            at = dataAt + (int) compressed;
            if (described) {
                if (method == ZipEntry.STORED) {
                    return false;
                }
                at = afterDescriptor(at, entry);
                if (at < 0) {
                    return false;
                }
            }
            proved.add(new Proved(entry, content));
            total += content.length;
        }
        return signatureAt(at, ZipLong.CFH_SIG) && seen.size() == central.size();
    }

    /**
     * Parts no larger than {@link PoiSecurityLimits#GRACE_ENTRY_SIZE}, within the total: the sizes {@link ZipIntegrityCheck}
     * never refuses, whichever point of the inflating it checks at (the data must then match the directory's sizes).
     */
    private static boolean withinLimits(ZipArchiveEntry entry, long totalBefore) {
        long size = entry.getSize();
        return size >= 0 && entry.getCompressedSize() >= 0 && size <= GRACE_ENTRY_SIZE
                && totalBefore + size <= MAX_TOTAL_INFLATED_SIZE;
    }

    /** CRC, compressed and inflated size in a local header without a data descriptor, against the directory's. */
    private boolean sameAsListed(int at, ZipArchiveEntry entry) {
        return ZipLong.getValue(zip, at) == entry.getCrc() && ZipLong.getValue(zip, at + 4) == entry.getCompressedSize()
                && ZipLong.getValue(zip, at + 8) == entry.getSize();
    }

    private long stored(int dataAt, ZipArchiveEntry entry, byte[] content) {
        if (entry.getCompressedSize() != content.length || dataAt + (long) content.length > zip.length) {
            return -1;
        }
        System.arraycopy(zip, dataAt, content, 0, content.length);
        return content.length;
    }

    private boolean sameCrc(byte[] content, ZipArchiveEntry entry) {
        crc.reset();
        crc.update(content);
        return crc.getValue() == entry.getCrc();
    }

    /** Where the next header starts after a data descriptor that agrees with the directory, or -1. */
    private int afterDescriptor(int at, ZipArchiveEntry entry) {
        int fields = signatureAt(at, ZipLong.DD_SIG) ? at + 4 : at;
        if (fields + 12 > zip.length || !sameAsListed(fields, entry)) {
            return -1;
        }
        return fields + 12;
    }

    private boolean signatureAt(int at, ZipLong signature) {
        return PlainCentralDirectory.signatureAt(zip, at, signature.getValue());
    }
}
