package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.testing.SampleInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain walk over a zip's local entries changes no verdict: every zip, sound, damaged or doctored, passes or
 * fails the integrity check with the same rule and message as when commons-compress walks it, and what the check
 * keeps for the stream reader is the same. It takes the zips that Excel, WPS and POI write.
 */
class PlainZipEntriesTest {

    @Test
    void takesEveryShippedSampleWorkbookAndKeepsWhatTheFullWalkKeeps() throws Exception {
        int taken = 0;
        for (Path file : SampleInput.xlsxFiles()) {
            byte[] zip = Files.readAllBytes(file);
            Outcome full = outcome(zip, false);
            assertThat(outcome(zip, true)).as(file.toString()).isEqualTo(full);
            if (full.failure() == null && plainWalkTakes(zip)) {
                taken++;
            }
        }
        assertThat(taken).as("sample workbooks the plain walk takes").isGreaterThan(30);
    }

    @Test
    void takesWhatJavaUtilZipWritesWithAndWithoutDataDescriptors() throws Exception {
        byte[] deflated = zip(ZipEntry.DEFLATED, "[Content_Types].xml", "<Types/>", "xl/worksheets/sheet1.xml", "<worksheet>人民调解</worksheet>");
        byte[] stored = zip(ZipEntry.STORED, "a.xml", "<a/>", "b.xml", "");
        for (byte[] zip : List.of(deflated, stored)) {
            assertThat(plainWalkTakes(zip)).isTrue();
            Outcome outcome = outcome(zip, true);
            assertThat(outcome.failure()).isNull();
            assertThat(outcome).isEqualTo(outcome(zip, false));
        }
    }

    @Test
    void leavesToTheFullWalkWhatItDoesNotExpectAndTheVerdictStaysTheSame() throws Exception {
        byte[] sample = Files.readAllBytes(SampleInput.xlsxFiles().get(0));
        byte[] prefixed = TestPackages.concat("MZ self-extractor stub".getBytes(StandardCharsets.US_ASCII), sample);
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(extra)) {
            ZipEntry entry = new ZipEntry("a.xml");
            entry.setExtra(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0}); // the JAR marker jar tools write
            zip.putNextEntry(entry);
            zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        byte[] withExtraField = extra.toByteArray();
        List<byte[]> odd = List.of(prefixed, withExtraField, Arrays.copyOf(sample, sample.length - 30),
                Arrays.copyOf(sample, sample.length / 2), new byte[] {'P', 'K', 3, 4});
        assertThat(plainWalkTakes(prefixed)).isFalse();
        assertThat(plainWalkTakes(withExtraField)).isFalse();
        for (byte[] zip : odd) {
            assertThat(outcome(zip, true)).isEqualTo(outcome(zip, false));
        }
    }

    /**
     * Bytes changed all over sample workbooks, each change on its own: in the local headers, the data, the data
     * descriptors and the central directory. Each damaged zip gets the same verdict both ways.
     */
    @Test
    void givesEveryDamagedSampleTheVerdictTheFullWalkGives() throws Exception {
        Random random = new Random(20261203);
        List<Path> files = SampleInput.xlsxFiles();
        int compared = 0;
        int refused = 0;
        for (Path file : files.subList(0, Math.min(6, files.size()))) {
            byte[] zip = Files.readAllBytes(file);
            if (outcome(zip, false).failure() != null) {
                continue;
            }
            // every byte of each header and the first bytes after it, and 300 anywhere
            List<Integer> positions = TestPackages.addDamagePositions(new ArrayList<>(), zip, 46, 300, random, 1, 3, 5, 7);
            int[] refusedHere = {0};
            compared += TestPackages.eachDamagedCopy(zip, positions, random, (damaged, at, variant) -> {
                Outcome full = outcome(damaged, false);
                assertThat(outcome(damaged, true)).as("%s, byte %d changed (%d)", file.getFileName(), at, variant).isEqualTo(full);
                refusedHere[0] += full.failure() != null ? 1 : 0;
            });
            refused += refusedHere[0];
        }
        assertThat(compared).isGreaterThan(3_000);
        assertThat(refused).as("damaged zips refused").isGreaterThan(compared / 4);
    }

    @Test
    void givesEveryCorpusWorkbookTheVerdictTheFullWalkGives() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        int compared = 0;
        for (String name : PoiCorpus.fileNames().toList()) {
            byte[] zip = Files.readAllBytes(PoiCorpus.file(name));
            if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
                continue;
            }
            assertThat(outcome(zip, true)).as(name).isEqualTo(outcome(zip, false));
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static boolean plainWalkTakes(byte[] zip) throws Exception {
        try (ZipParts parts = ZipParts.of(ZipBytes.of(zip))) {
            Map<String, ZipArchiveEntry> central = new LinkedHashMap<>();
            for (ZipArchiveEntry entry : parts.entries()) {
                central.put(entry.getName(), entry);
            }
            return PlainZipEntries.verified(zip, central, parts);
        }
    }

    /** The check's verdict, and each part as the stream reader would then be served it, and how many were kept. */
    private static Outcome outcome(byte[] zip, boolean plainWalk) {
        try (ZipParts parts = ZipParts.of(ZipBytes.of(zip))) {
            try {
                if (plainWalk) {
                    ZipIntegrityCheck.verify(parts);
                } else {
                    ZipIntegrityCheck.verifyWithoutPlainWalk(parts);
                }
            } catch (UnreadableFileException e) {
                return new Outcome(e.rule() + ": " + e.detailZh() + " / " + e.getMessage(), Map.of(), 0);
            }
            Map<String, String> served = new LinkedHashMap<>();
            for (ZipArchiveEntry entry : parts.entries()) {
                try (InputStream in = parts.open(entry)) {
                    served.put(entry.getName(), Arrays.toString(in.readAllBytes()));
                } catch (IOException e) { // say, the directory alone marks it encrypted (the sniffer refuses such files first)
                    served.put(entry.getName(), "cannot be read: " + e.getMessage());
                }
            }
            return new Outcome(null, served, parts.keptParts());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Outcome(String failure, Map<String, String> served, int kept) {
    }

    /** Named entries written by java.util.zip: deflated ones with data descriptors, stored ones without. */
    private static byte[] zip(int method, String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                entry.setMethod(method);
                if (method == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
