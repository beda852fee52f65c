package cn.justice.yearbook.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.HexFormat;

/**
 * The SHA-256 of a dropped file: the checksum on receipts and in the run report, and what makes the same bytes
 * dropped twice one submission.
 * <p>
 * The JDK computes it in Java, which the run's C1-only JVM does at about 110 MB/s a thread. Where the JDK reaches
 * the operating system's NSS library (its PKCS#11 provider; Debian's and Red Hat's JDK packages depend on NSS), the
 * same digest runs natively at about eight times that. {@link #useNative()} switches to it for the rest of the
 * JVM's life once it has given the same digest as the JDK's for a test input; wherever it cannot be had (Windows,
 * macOS, a JDK without the module) the JDK's own is used, as before. The values are the same either way.
 */
public final class Sha256 {

    private static final Logger log = LoggerFactory.getLogger(Sha256.class);
    /**
     * No key database: only the digest is used, and nothing is written. Only options every JDK's provider knows
     * (Debian's nss.cfg also sets handleStartupErrors=ignoreMultipleInitialisation, which other builds reject).
     */
    static final String NSS_CONFIG = "--name=NSS\nnssDbMode=noDb\nattributes=compatibility\n";
    private static final String ALGORITHM = "SHA-256";

    /** Null until {@link #useNative()} has found the native digest. */
    private static volatile Provider nativeProvider;

    private Sha256() {
    }

    /** The file's SHA-256 as 64 lowercase hex digits. */
    public static String of(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return transfer(in, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Copies the rest of {@code in} to {@code out}, returning the SHA-256 of the bytes copied. */
    public static String transfer(InputStream in, OutputStream out) throws IOException {
        DigestInputStream digesting = new DigestInputStream(in, newDigest());
        digesting.transferTo(out);
        return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    }

    /** Which provider computes the digests now: SUN (the JDK's own) or SunPKCS11-NSS. */
    public static String implementation() {
        return newDigest().getProvider().getName();
    }

    private static MessageDigest newDigest() {
        try {
            Provider provider = nativeProvider;
            return provider == null ? MessageDigest.getInstance(ALGORITHM) : MessageDigest.getInstance(ALGORITHM, provider);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Switches every later digest to the native one if it can be had. Loading it takes 20–115 ms, so callers do
     * this only before many files. Safe to call from any thread, any number of times: the first call loads it.
     *
     * @return whether digests are now native
     */
    public static boolean useNative() {
        nativeProvider = Nss.PROVIDER;
        return nativeProvider != null;
    }

    /** Loaded by the JVM once, on first use: the class is initialised only when {@link #useNative()} reads it. */
    private static final class Nss {
        static final Provider PROVIDER = load(NSS_CONFIG);
    }

    /** The NSS provider for this configuration if it loads and agrees with the JDK's digest, else null. */
    static Provider load(String config) {
        long start = System.nanoTime();
        try {
            Provider template = Security.getProvider("SunPKCS11");
            if (template == null) {
                log.info("Checksums by the JDK's SHA-256: this JDK has no PKCS#11 provider");
                return null;
            }
            Provider provider = template.configure(config);
            byte[] probe = "法治政府建设统计年鉴".getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(MessageDigest.getInstance(ALGORITHM, provider).digest(probe),
                    MessageDigest.getInstance(ALGORITHM).digest(probe))) {
                log.warn("Checksums by the JDK's SHA-256: {} gave a different digest for a test input", provider.getName());
                return null;
            }
            log.info("Checksums by the native SHA-256 of {} (loaded in {} ms)", provider.getName(),
                    (System.nanoTime() - start) / 1_000_000);
            return provider;
        } catch (RuntimeException | NoSuchAlgorithmException | LinkageError e) {
            // typically no NSS library on this machine: the JDK's digest gives the same values
            log.info("Checksums by the JDK's SHA-256: the native one is not available here ({})", e.toString());
            return null;
        }
    }
}
