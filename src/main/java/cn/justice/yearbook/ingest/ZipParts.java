package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

/**
 * One zip as the sniffer, the integrity check and the stream reader see it, opened once: its central
 * directory is read once (in place by {@link PlainCentralDirectory} when it is an ordinary zip in memory, else by
 * commons-compress's {@code ZipFile}), and a part {@link ZipIntegrityCheck} inflated from the local entries is not
 * inflated again when the reader asks for it through the central directory, provided it is provably the
 * same data: both views start it at the same offset, with the same method, over the same compressed length.
 * Any other part is inflated through {@code ZipFile} as before.
 */
final class ZipParts implements Closeable {

    /** Inflated bytes kept per package at most: a township workbook's parts come to about 70 KB. */
    static final long MAX_KEPT_BYTES = 4L << 20;

    private final ZipBytes bytes;
    private final boolean directoryInPlace;
    private List<ZipArchiveEntry> entries;
    /** The entries by name when the directory was read in place, where every name is listed once. */
    private Map<String, ZipArchiveEntry> readInPlace;
    private ZipFile centralDirectory;
    /** By the very central entry the proof was made for. */
    private final Map<ZipArchiveEntry, byte[]> kept = new IdentityHashMap<>();
    private long keptBytes;
    private PartInflater inflater;

    private ZipParts(ZipBytes bytes, boolean directoryInPlace) {
        this.bytes = bytes;
        this.directoryInPlace = directoryInPlace;
    }

    static ZipParts of(ZipBytes bytes) {
        return new ZipParts(bytes, true);
    }

    /** The same, its central directory always read by {@code ZipFile}: what {@link PlainCentralDirectory} is measured against. */
    static ZipParts withDirectoryFromZipFile(ZipBytes bytes) {
        return new ZipParts(bytes, false);
    }

    ZipBytes bytes() {
        return bytes;
    }

    /** The central directory's entries in its order, read on first use; {@code ZipFile}'s exceptions when it cannot be read. */
    List<ZipArchiveEntry> entries() throws IOException {
        if (entries == null) {
            readInPlace = directoryInPlace && bytes.inMemory() != null ? PlainCentralDirectory.read(bytes.inMemory()) : null;
            if (readInPlace != null) {
                entries = List.copyOf(readInPlace.values());
            } else {
                entries = Collections.list(centralDirectory().getEntries());
            }
        }
        return entries;
    }

    /** The first entry of that name, as {@code ZipFile.getEntry} gives it; null if there is none. */
    ZipArchiveEntry entry(String name) throws IOException {
        entries();
        return readInPlace != null ? readInPlace.get(name) : centralDirectory().getEntry(name);
    }

    /** Whether the part's data can be read (a directory read in place lists only stored and deflated, unencrypted parts). */
    boolean canRead(ZipArchiveEntry entry) throws IOException {
        entries();
        return readInPlace != null || centralDirectory().canReadEntryData(entry);
    }

    /** commons-compress's view, opened on first use (with a directory read in place, only for a part not kept); closed with this. */
    private ZipFile centralDirectory() throws IOException {
        if (centralDirectory == null) {
            centralDirectory = bytes.centralDirectory();
        }
        return centralDirectory;
    }

    /** A part's stream through {@code ZipFile}, which serves only its own entries. */
    private InputStream stream(ZipArchiveEntry entry) throws IOException {
        ZipArchiveEntry own = readInPlace != null ? centralDirectory().getEntry(entry.getName()) : entry;
        if (own == null) {
            throw new IOException("zip entry " + entry.getName() + " is not in the central directory");
        }
        return centralDirectory().getInputStream(own);
    }

    /** A part's inflated content as the central directory gives it. */
    InputStream open(ZipArchiveEntry entry) throws IOException {
        byte[] content = kept.get(entry);
        return content != null ? new ByteArrayInputStream(content) : stream(entry);
    }

    /**
     * A part's inflated content as {@link #open} gives it, whole; null when it inflates to more than
     * {@code limit} bytes, so that a part is never held larger than a part may be.
     */
    byte[] content(ZipArchiveEntry entry, int limit) throws IOException {
        byte[] content = kept.get(entry);
        if (content == null && entry.getSize() <= limit) {
            content = inflatedInPlace(entry);
        }
        if (content != null) {
            return content;
        }
        try (InputStream in = stream(entry)) {
            content = in.readNBytes(limit + 1);
        }
        return content.length > limit ? null : content;
    }

    /**
     * A deflated part of a zip in memory inflated straight from its bytes, as {@link ZipFile#getInputStream} would
     * inflate it, with no stream and no new native inflater: the sniffer's two manifests take a third of the CPU
     * that way under C1 (8 µs, not 26). Null, to be read through that stream, unless it inflates cleanly to
     * exactly the sizes the central directory lists.
     */
    private byte[] inflatedInPlace(ZipArchiveEntry entry) throws IOException {
        byte[] zip = bytes.inMemory();
        long dataAt = entry.getDataOffset();
        long compressed = entry.getCompressedSize();
        if (zip == null || entry.getMethod() != ZipEntry.DEFLATED || !canRead(entry)
                || dataAt < 0 || compressed < 0 || entry.getSize() < 0 || dataAt + compressed > zip.length) {
            return null;
        }
        byte[] content = new byte[(int) entry.getSize()];
        return inflater().inflate(zip, (int) dataAt, (int) compressed, content) == compressed ? content : null;
    }

    /** The inflater for the parts of this zip, one after another; closed with this. */
    PartInflater inflater() {
        if (inflater == null) {
            inflater = new PartInflater();
        }
        return inflater;
    }

    /** Whether a part of the size the central directory lists may be kept, all kept parts staying within the cap. */
    boolean hasRoomFor(ZipArchiveEntry listed) {
        return listed.getSize() >= 0 && keptBytes + listed.getSize() <= MAX_KEPT_BYTES;
    }

    /**
     * Keeps what the local entry {@code local} inflated to, if that is what the central directory's entry
     * {@code listed} inflates to as well.
     *
     * @param compressedCount the compressed bytes the local entry's data took
     */
    void keepIfSameData(ZipArchiveEntry local, ZipArchiveEntry listed, long compressedCount, byte[] content) throws IOException {
        boolean plainMethod = listed.getMethod() == ZipEntry.DEFLATED || listed.getMethod() == ZipEntry.STORED;
        boolean sameData = listed.getDataOffset() >= 0 && local.getDataOffset() == listed.getDataOffset()
                && local.getMethod() == listed.getMethod() && compressedCount == listed.getCompressedSize();
        if (plainMethod && sameData && content.length == listed.getSize() && hasRoomFor(listed)
                && canRead(listed)) {
            kept.put(listed, content);
            keptBytes += content.length;
        }
    }

    /** Keeps what {@link PlainZipEntries} proved the central directory's entry {@code listed} inflates to. */
    void keep(ZipArchiveEntry listed, byte[] content) throws IOException {
        if (content.length == listed.getSize() && hasRoomFor(listed) && canRead(listed)) {
            kept.put(listed, content);
            keptBytes += content.length;
        }
    }

    /** How many parts are held inflated. */
    int keptParts() {
        return kept.size();
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.close();
        }
        if (centralDirectory != null) {
            ZipFile.closeQuietly(centralDirectory);
        }
    }
}
