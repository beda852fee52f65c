package cn.justice.yearbook.common;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** The central-directory view, the one POI uses for a file. */
    @SuppressWarnings("resource") // the channel is closed with the ZipFile
    public ZipFile centralDirectory() throws IOException {
        ZipFile.Builder builder = ZipFile.builder();
        if (path != null) {
            builder.setPath(path);
        } else {
            builder.setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes));
        }
        return builder.get();
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
