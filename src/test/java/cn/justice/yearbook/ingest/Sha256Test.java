package cn.justice.yearbook.ingest;

import cn.justice.yearbook.testing.SystemLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class Sha256Test {

    @TempDir
    Path temp;

    @Test
    void givesTheStandardDigestWhicheverProviderComputesIt() throws IOException {
        Path abc = Files.writeString(temp.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2, appendix B.1
        assertThat(Sha256.of(abc)).isEqualTo(expected);

        boolean nativeNow = Sha256.useNative();

        if (SystemLibraries.nssInstalled()) {
            assertThat(nativeNow).as("native SHA-256 where NSS is installed").isTrue();
            assertThat(Sha256.implementation()).startsWith("SunPKCS11");
        }
        assertThat(Sha256.of(abc)).isEqualTo(expected);
    }

    /** Sizes around the digest's 64-byte blocks and the 8 KiB reads, and a workbook-sized and a large file. */
    @Test
    void agreesWithTheJdkAtEverySize() throws Exception {
        assumeTrue(SystemLibraries.nssInstalled(), "no NSS here: the JDK's digest is the only one");
        assertThat(Sha256.useNative()).isTrue();
        Random random = new Random(7);
        for (int size : new int[]{0, 1, 55, 56, 63, 64, 65, 8191, 8192, 8193, 16_384, 13_117, 1 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(temp.resolve(size + ".bin"), bytes);
            String jdk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN").digest(bytes));
            assertThat(Sha256.of(file)).as("%d bytes", size).isEqualTo(jdk);
        }
    }

    @Test
    void fallsBackToTheJdkWhereTheLibraryIsMissing() {
        Provider missing = Sha256.load(Sha256.NSS_CONFIG + "nssLibraryDirectory=" + temp.resolve("no-nss") + "\n");
        assertThat(missing).isNull();

        if (SystemLibraries.nssInstalled()) {
            assertThat(Sha256.useNative()).as("NSS after a failed attempt").isTrue();
        }
    }
}
