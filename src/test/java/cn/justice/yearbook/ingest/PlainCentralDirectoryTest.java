package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.testing.SampleInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
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
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The central directory read in place lists exactly what commons-compress's {@code ZipFile} lists, or leaves the zip
 * to it; and no zip, sound, damaged or doctored, is judged or served differently for it: the sniffer's verdict, the
 * integrity check's, and every part as the stream reader is then served it are the same either way.
 */
class PlainCentralDirectoryTest {

    @Test
    void listsWhatZipFileListsForEveryShippedSampleWorkbook() throws Exception {
        int read = 0;
        for (Path file : SampleInput.xlsxFiles()) {
            byte[] zip = Files.readAllBytes(file);
            read += sameAsZipFileOrLeftToIt(zip, file.toString()) ? 1 : 0;
            assertThat(outcome(zip, true)).as(file.toString()).isEqualTo(outcome(zip, false));
        }
        assertThat(read).as("sample workbooks read in place").isGreaterThan(30);
    }

    @Test
    void readsWhatJavaUtilZipWritesAndLeavesTheUnusualToZipFile() throws Exception {
        byte[] sample = Files.readAllBytes(SampleInput.xlsxFiles().get(0));
        byte[] plain = TestPackages.zip(Map.of("[Content_Types].xml", "<Types/>", "xl/worksheets/sheet1.xml", "<worksheet>人民调解</worksheet>"));
        assertThat(PlainCentralDirectory.read(plain)).hasSize(2);
        assertThat(sameAsZipFileOrLeftToIt(plain, "java.util.zip")).isTrue();

        Map<String, byte[]> unusual = new LinkedHashMap<>();
        unusual.put("with a comment", oneEntry(zip -> zip.setComment("备注"), entry -> { }));
        unusual.put("with an extra field", oneEntry(zip -> { }, entry -> entry.setExtra(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0})));
        unusual.put("behind a prefix", TestPackages.concat("MZ self-extractor stub".getBytes(StandardCharsets.US_ASCII), sample));
        unusual.put("with a non-ASCII name", TestPackages.zip(Map.of("表一.xml", "<a/>")));
        unusual.put("empty", TestPackages.zip(Map.of()));
        unusual.put("cut short", Arrays.copyOf(sample, sample.length - 30));
        unusual.put("with a name listed twice", listedTwice());
        unusual.put("encrypted", withFlag(sample, 1));
        unusual.put("with an end record counting one entry fewer than listed", countedOneFewer(sample));
        for (Map.Entry<String, byte[]> zip : unusual.entrySet()) {
            assertThat(PlainCentralDirectory.read(zip.getValue())).as(zip.getKey()).isNull();
            assertThat(outcome(zip.getValue(), true)).as(zip.getKey()).isEqualTo(outcome(zip.getValue(), false));
        }
    }

    /**
     * Bytes changed all over sample workbooks, each change on its own, above all in the central directory, its end
     * record and the local headers it points at: whatever the directory read in place lists, ZipFile lists too, and
     * each damaged zip gets the same verdicts and parts either way.
     */
    @Test
    void listsWhatZipFileListsOrLeavesItToZipFileForEveryDamagedSample() throws Exception {
        Random random = new Random(20261207);
        List<Path> files = SampleInput.xlsxFiles();
        int compared = 0;
        int readInPlace = 0;
        for (Path file : files.subList(0, Math.min(5, files.size()))) {
            byte[] zip = Files.readAllBytes(file);
            List<Integer> positions = new ArrayList<>();
            int directory = zip.length - 22 - (int) (PlainCentralDirectory.read(zip) == null ? 0 : directorySize(zip));
            for (int at = Math.max(0, directory); at < zip.length; at++) {
                positions.add(at); // every byte of the directory and of its end record
            }
            TestPackages.addDamagePositions(positions, zip, 30, 100, random, 3); // each local header, and 100 anywhere
            int[] readHere = {0};
            compared += TestPackages.eachDamagedCopy(zip, positions, random, (damaged, at, variant) -> {
                String what = file.getFileName() + ", byte " + at + " changed (" + variant + ")";
                readHere[0] += sameAsZipFileOrLeftToIt(damaged, what) ? 1 : 0;
                assertThat(outcome(damaged, true)).as(what).isEqualTo(outcome(damaged, false));
            });
            readInPlace += readHere[0];
        }
        assertThat(compared).isGreaterThan(3_000);
        assertThat(readInPlace).as("damaged zips still read in place (a changed time, CRC, attribute …)").isGreaterThan(compared / 10);
        assertThat(compared - readInPlace).as("damaged zips left to ZipFile").isGreaterThan(compared / 4);
    }

    @Test
    void judgesEveryCorpusZipAsZipFileDoes() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        int compared = 0;
        for (String name : PoiCorpus.fileNames().toList()) {
            byte[] zip = Files.readAllBytes(PoiCorpus.file(name));
            if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
                continue;
            }
            sameAsZipFileOrLeftToIt(zip, name);
            assertThat(outcome(zip, true)).as(name).isEqualTo(outcome(zip, false));
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    /** Whether the zip was read in place; if it was, ZipFile opens it and lists the same entries, field by field. */
    private static boolean sameAsZipFileOrLeftToIt(byte[] zip, String what) throws IOException {
        Map<String, ZipArchiveEntry> inPlace = PlainCentralDirectory.read(zip);
        if (inPlace == null) {
            return false;
        }
        try (ZipFile file = ZipBytes.of(zip).centralDirectory()) {
            assertThat(inPlace.values().stream().map(PlainCentralDirectoryTest::fields).toList()).as(what)
                    .isEqualTo(Collections.list(file.getEntries()).stream().map(PlainCentralDirectoryTest::fields).toList());
        }
        return true;
    }

    private static String fields(ZipArchiveEntry entry) {
        return String.join(" ", entry.getName(), String.valueOf(entry.getMethod()), Long.toHexString(entry.getCrc()),
                String.valueOf(entry.getCompressedSize()), String.valueOf(entry.getSize()), String.valueOf(entry.getLocalHeaderOffset()),
                String.valueOf(entry.getDataOffset()), String.valueOf(entry.getGeneralPurposeBit().usesEncryption()),
                String.valueOf(entry.getGeneralPurposeBit().usesDataDescriptor()), String.valueOf(entry.isDirectory()));
    }

    /** The sniffer's verdict, then the integrity check's, then every part as the stream reader is served it. */
    private static List<String> outcome(byte[] zip, boolean inPlace) {
        List<String> outcome = new ArrayList<>();
        try (ZipParts parts = inPlace ? ZipParts.of(ZipBytes.of(zip)) : ZipParts.withDirectoryFromZipFile(ZipBytes.of(zip))) {
            SniffedFile sniffed = ZipPackageSniffer.classify(parts);
            outcome.add(sniffed.describe());
            if (sniffed.kind() != FileKind.XLSX) {
                return outcome;
            }
            try {
                ZipIntegrityCheck.verify(parts);
            } catch (UnreadableFileException e) {
                outcome.add(e.rule() + ": " + e.detailZh() + " / " + e.getMessage());
                return outcome;
            }
            for (ZipArchiveEntry entry : parts.entries()) {
                try (InputStream in = parts.open(entry)) {
                    outcome.add(entry.getName() + " " + Arrays.hashCode(in.readAllBytes()));
                } catch (IOException e) {
                    outcome.add(entry.getName() + " cannot be read: " + e.getMessage());
                }
            }
            outcome.add(parts.keptParts() + " kept");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return outcome;
    }

    private static long directorySize(byte[] zip) {
        int end = zip.length - 22;
        return (zip[end + 12] & 0xFFL) | (zip[end + 13] & 0xFFL) << 8 | (zip[end + 14] & 0xFFL) << 16 | (zip[end + 15] & 0xFFL) << 24;
    }

    /** A zip of a.xml and b.xml whose central directory lists b.xml as a.xml too. */
    private static byte[] listedTwice() throws IOException {
        byte[] copy = TestPackages.zip(new LinkedHashMap<>(Map.of("a.xml", "<a/>", "b.xml", "<b/>")));
        byte[] name = "b.xml".getBytes(StandardCharsets.US_ASCII);
        int end = copy.length - 22;
        for (int at = end - (int) directorySize(copy); at < end; at++) {
            if (Arrays.equals(copy, at, at + name.length, name, 0, name.length)) {
                copy[at] = 'a';
                return copy;
            }
        }
        throw new AssertionError("no central entry named b.xml");
    }

    /** The sample with both entry counts of its end record one lower: ZipFile lists every entry all the same. */
    private static byte[] countedOneFewer(byte[] sample) {
        byte[] copy = sample.clone();
        int end = copy.length - 22;
        for (int field : new int[] {end + 8, end + 10}) {
            int count = (copy[field] & 0xFF) | (copy[field + 1] & 0xFF) << 8;
            copy[field] = (byte) (count - 1);
            copy[field + 1] = (byte) ((count - 1) >> 8);
        }
        return copy;
    }

    /** The sample with a general-purpose flag set in every central header. */
    private static byte[] withFlag(byte[] sample, int flag) {
        byte[] copy = sample.clone();
        int end = copy.length - 22;
        for (int at = end - (int) directorySize(copy); at + 4 <= end; at++) {
            if (copy[at] == 'P' && copy[at + 1] == 'K' && copy[at + 2] == 1 && copy[at + 3] == 2) {
                copy[at + 8] |= (byte) flag;
            }
        }
        return copy;
    }

    /** A zip of one entry, a.xml, written by java.util.zip as {@code zipSetUp} and {@code entrySetUp} have it. */
    private static byte[] oneEntry(Consumer<ZipOutputStream> zipSetUp, Consumer<ZipEntry> entrySetUp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zipSetUp.accept(zip);
            ZipEntry entry = new ZipEntry("a.xml");
            entrySetUp.accept(entry);
            zip.putNextEntry(entry);
            zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
