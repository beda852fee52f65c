package cn.justice.yearbook.ingest;

import com.fulcrumgenomics.jlibdeflate.DecompressionResult;
import com.fulcrumgenomics.jlibdeflate.LibdeflateDecompressor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a deflated zip part whole, into an array of the size the central directory lists. Where libdeflate's
 * native library loads (jlibdeflate bundles it for Linux, Windows and macOS), it does the work: on township workbooks
 * it inflates in half the time zlib takes (BENCHMARKS.md, thirteenth round). Anywhere else, or with
 * {@code -Dyearbook.libdeflate=off}, {@link Inflater} does, with the same verdicts: either gives a part only if its
 * data inflates to exactly the listed size and its deflate stream ends there. The library is loaded from a copy in
 * this user's cache folder ({@link LibdeflateLibraryCopy}).
 */
final class PartInflater implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartInflater.class);
    private static final boolean LIBDEFLATE = libdeflateLoads();
    /** A decompressor per worker thread, reused for every part it inflates; freed with the thread. */
    private static final ThreadLocal<LibdeflateDecompressor> DECOMPRESSOR = LIBDEFLATE
            ? ThreadLocal.withInitial(LibdeflateDecompressor::new) : null;

    private final boolean libdeflate;
    private final byte[] probe = new byte[1];
    private Inflater inflater;

    /** With libdeflate where it loads. */
    PartInflater() {
        this(LIBDEFLATE);
    }

    /** With libdeflate or not; libdeflate only where it loads. */
    PartInflater(boolean libdeflate) {
        this.libdeflate = libdeflate && LIBDEFLATE;
    }

    /** Whether parts are inflated by libdeflate in this JVM. */
    static boolean usesLibdeflate() {
        return LIBDEFLATE;
    }

    /**
     * Inflates the deflate stream starting at {@code zip[at]} (and ending at {@code zip[at + available]} at the
     * latest) into {@code content}; returns the compressed bytes it took, or -1 unless it inflated to exactly
     * {@code content.length} bytes and the stream ended there. Damaged data gives -1 as well, never an exception.
     */
    long inflate(byte[] zip, int at, int available, byte[] content) {
        return libdeflate ? withLibdeflate(zip, at, available, content) : withZlib(zip, at, available, content);
    }

    private static long withLibdeflate(byte[] zip, int at, int available, byte[] content) {
        try {
            DecompressionResult result = DECOMPRESSOR.get().deflateDecompressEx(zip, at, available, content, 0, content.length);
            return result.outputBytesProduced() == content.length ? result.inputBytesConsumed() : -1;
        } catch (RuntimeException e) {
            return -1; // bad data, or more of it than the directory lists
        }
    }

    private long withZlib(byte[] zip, int at, int available, byte[] content) {
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        inflater.reset();
        inflater.setInput(zip, at, available);
        try {
            int filled = 0;
            while (filled < content.length) {
                int n = inflater.inflate(content, filled, content.length - filled);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    return -1;
                }
                filled += n;
            }
            if (!inflater.finished() && inflater.inflate(probe) != 0) {
                return -1; // more data than the directory lists
            }
            return inflater.finished() ? inflater.getBytesRead() : -1;
        } catch (DataFormatException e) {
            return -1;
        }
    }

    private static boolean libdeflateLoads() {
        if ("off".equalsIgnoreCase(System.getProperty("yearbook.libdeflate"))) {
            log.info("Zip parts are inflated with java.util.zip (yearbook.libdeflate=off)");
            return false;
        }
        if (System.getProperty(LibdeflateLibraryCopy.PATH_PROPERTY) == null) {
            LibdeflateLibraryCopy.loadFromUserCache().ifPresent(failure -> log.info(
                    "libdeflate did not load from the user's cache folder ({}); trying jlibdeflate's own copy", failure));
        }
        try (LibdeflateDecompressor loaded = new LibdeflateDecompressor()) { // loads the native library
            return true;
        } catch (Throwable e) { // UnsatisfiedLinkError and the like: no native library for this machine
            log.info("libdeflate is not available here ({}); zip parts are inflated with java.util.zip", e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.end();
        }
    }
}
