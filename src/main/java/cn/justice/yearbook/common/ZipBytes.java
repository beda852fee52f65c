package cn.justice.yearbook.common;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A zip to inspect, on disk or in memory (a package just decrypted), seen the two ways zip readers see it:
 * through the central directory at the end, and as a stream of local entries from the start.
 */
public final class ZipBytes {

    private final Path path;
    private final byte[] bytes;

    private ZipBytes(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    public static ZipBytes of(Path path) {
        return new ZipBytes(path, null);
    }

    public static ZipBytes of(byte[] bytes) {
        return new ZipBytes(null, bytes);
    }

    /** The central-directory view, the one POI uses for a file; its owner closes it. */
    @SuppressWarnings("resource") // the channel is closed with the ZipFile
    public ZipFile centralDirectory() throws IOException {
        if (path == null) {
            return new ClosedByOwner(new SeekableInMemoryByteChannel(bytes), "in memory");
        }
        SeekableByteChannel file = Files.newByteChannel(path);
        try {
            return new ClosedByOwner(file, path.toString());
        } catch (IOException | RuntimeException e) {
            file.close(); // a damaged zip: no ZipFile to close it
            throw e;
        }
    }

    /**
     * commons-compress's ZipFile as its builder makes it (UTF-8 names, Unicode extra fields, local headers read),
     * but with no finalizer. Its own finalize() only closes an unclosed file; every one here is closed by its
     * owner. A finalizable object costs a registration when made and keeps all it holds (the whole file's bytes,
     * every entry) alive through one more collection: the ingest workers open one per workbook.
     */
    private static final class ClosedByOwner extends ZipFile {

        @SuppressWarnings("deprecation") // the builder offers no subclass
        ClosedByOwner(SeekableByteChannel channel, String description) throws IOException {
            super(channel, description, StandardCharsets.UTF_8.name(), true, false);
        }

        /** Empty, so that the JVM does not register instances for finalization at all. */
        @Override
        @SuppressWarnings({"deprecation", "removal", "checkstyle:NoFinalizer"})
        protected void finalize() {
        }
    }

    /** The zip's bytes when it is held in memory, else null; not a copy, not to be changed. */
    public byte[] inMemory() {
        return bytes;
    }

    /** The local-entry view, the one POI uses for a stream. */
    public InputStream stream() throws IOException {
        return path != null ? new BufferedInputStream(Files.newInputStream(path), 1 << 16) : new ByteArrayInputStream(bytes);
    }
}
