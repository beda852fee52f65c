package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.testing.SampleInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * libdeflate and zlib give the same verdict on every part: the same content and compressed length for a sound one,
 * -1 for one that is damaged, cut short, followed by more data than listed, or listed at another size.
 */
class PartInflaterTest {

    private record Part(String name, byte[] zip, int at, int compressed, int size) {
    }

    private record Result(long consumed, byte[] content) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && r.consumed == consumed && (consumed < 0 || Arrays.equals(r.content, content));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(consumed);
        }

        @Override
        public String toString() {
            return "consumed " + consumed + (consumed < 0 ? "" : ", " + content.length + " bytes");
        }
    }

    @Test
    void libdeflateLoadsOnThisMachine() {
        assertThat(PartInflater.usesLibdeflate()).as("jlibdeflate's native library for " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch")).isTrue();
    }

    @Test
    void inflatesEveryPartOfTheSampleWorkbooksAsZlibDoes() throws Exception {
        int compared = 0;
        try (PartInflater libdeflate = new PartInflater(true); PartInflater zlib = new PartInflater(false)) {
            for (Part part : sampleParts()) {
                Result expected = inflate(zlib, part.zip(), part.at(), part.zip().length - part.at(), part.size());
                assertThat(expected.consumed()).as(part.name()).isEqualTo(part.compressed());
                assertThat(inflate(libdeflate, part.zip(), part.at(), part.zip().length - part.at(), part.size()))
                        .as(part.name()).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void refusesWhatZlibRefusesAndTakesWhatItTakes() throws Exception {
        Random random = new Random(20261207);
        List<Part> parts = sampleParts();
        int compared = 0;
        int refused = 0;
        try (PartInflater libdeflate = new PartInflater(true); PartInflater zlib = new PartInflater(false)) {
            for (Part part : parts.subList(0, 60)) {
                List<byte[]> variants = new ArrayList<>();
                List<int[]> bounds = new ArrayList<>(); // {available, listed size}
                for (int i = 0; i < 40; i++) {
                    byte[] damaged = part.zip().clone();
                    int at = part.at() + random.nextInt(part.compressed());
                    damaged[at] = (byte) (i % 2 == 0 ? damaged[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
                    variants.add(damaged);
                    bounds.add(new int[] {part.zip().length - part.at(), part.size()});
                }
                for (int cut : new int[] {1, 2, part.compressed() / 2, part.compressed() - 1}) {
                    variants.add(part.zip());
                    bounds.add(new int[] {Math.max(0, part.compressed() - cut), part.size()}); // data cut short
                }
                for (int listed : new int[] {0, part.size() - 1, part.size() + 1, part.size() * 2}) {
                    variants.add(part.zip());
                    bounds.add(new int[] {part.zip().length - part.at(), Math.max(0, listed)}); // listed at another size
                }
                for (int v = 0; v < variants.size(); v++) {
                    int[] b = bounds.get(v);
                    Result expected = inflate(zlib, variants.get(v), part.at(), b[0], b[1]);
                    assertThat(inflate(libdeflate, variants.get(v), part.at(), b[0], b[1]))
                            .as("%s, variant %d", part.name(), v).isEqualTo(expected);
                    compared++;
                    refused += expected.consumed() < 0 ? 1 : 0;
                }
            }
        }
        assertThat(compared).isEqualTo(60 * 48);
        assertThat(refused).as("variants refused").isGreaterThan(compared / 2);
    }

    private static Result inflate(PartInflater inflater, byte[] zip, int at, int available, int size) {
        byte[] content = new byte[size];
        return new Result(inflater.inflate(zip, at, available, content), content);
    }

    private static List<Part> sampleParts() throws Exception {
        List<Part> parts = new ArrayList<>();
        for (Path file : SampleInput.xlsxFiles()) {
            byte[] zip = Files.readAllBytes(file);
            if (zip.length < 2 || zip[0] != 'P' || zip[1] != 'K') {
                continue;
            }
            try (ZipFile central = ZipBytes.of(zip).centralDirectory()) {
                for (ZipArchiveEntry entry : Collections.list(central.getEntries())) {
                    if (entry.getMethod() == ZipEntry.DEFLATED && entry.getSize() > 0) {
                        parts.add(new Part(file.getFileName() + "!" + entry.getName(), zip, (int) entry.getDataOffset(),
                                (int) entry.getCompressedSize(), (int) entry.getSize()));
                    }
                }
            } catch (Exception e) {
                // the sample's deliberately broken files
            }
        }
        return parts;
    }
}
