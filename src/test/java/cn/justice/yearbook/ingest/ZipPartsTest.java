package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.justice.yearbook.testing.SampleInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zip opened once and shared by sniffer, integrity check and stream reader: what it serves from the
 * parts the check kept is what the central directory gives, byte for byte, and so are the readings.
 */
class ZipPartsTest {

    private static final int MAX_ROWS = WorkbookOpener.DEFAULT_MAX_ROWS;

    @Test
    void servesEveryShippedSampleFromKeptPartsAsTheZipItself() throws Exception {
        List<Path> files = SampleInput.xlsxFiles();
        int compared = 0;
        for (Path file : files) {
            if (new FileSniffer().sniff(file).kind() != FileKind.XLSX) {
                continue; // the sample's deliberately broken files
            }
            byte[] content = Files.readAllBytes(file);
            try (ZipParts parts = ZipParts.of(ZipBytes.of(content));
                 ZipFile fresh = ZipBytes.of(content).centralDirectory()) {
                ZipIntegrityCheck.verify(parts);
                List<ZipArchiveEntry> entries = Collections.list(fresh.getEntries());
                assertThat(parts.keptParts()).as("%s: every part kept", file).isEqualTo(entries.size());
                for (ZipArchiveEntry entry : entries) {
                    assertThat(readAll(parts.open(parts.entry(entry.getName()))))
                            .as("%s!%s", file, entry.getName()).isEqualTo(readAll(fresh.getInputStream(entry)));
                }
                assertSameSheets(file, new XlsxStreamReader(MAX_ROWS).read(parts), new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file)));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(30);
    }

    @Test
    void servesThePartTheCentralDirectoryPointsToWhenTheLocalEntriesHoldAnotherOfTheSameChecksum() throws Exception {
        byte[] seen = "<sheetData><row r=\"1\"><c r=\"A1\"><v>40</v></c></row></sheetData>".getBytes(StandardCharsets.US_ASCII);
        byte[] hidden = forceCrc("<sheetData><row r=\"1\"><c r=\"A1\"><v>99</v></c></row></sheetData>".getBytes(StandardCharsets.US_ASCII),
                12, crc(seen));
        assertThat(hidden).isNotEqualTo(seen).hasSameSizeAs(seen);
        assertThat(crc(hidden)).isEqualTo(crc(seen));

        // the local entries in order: part.xml (seen), then pad.bin whose stored data is a whole local entry part.xml (hidden);
        // the central directory sends part.xml to the hidden one
        RawZip zip = new RawZip();
        long seenAt = zip.local("part.xml", seen);
        byte[] hiddenEntry = RawZip.localHeader("part.xml", hidden);
        byte[] pad = concat(hiddenEntry, hidden);
        long padAt = zip.local("pad.bin", pad);
        long hiddenAt = padAt + RawZip.localHeader("pad.bin", pad).length;
        assertThat(hiddenAt).isNotEqualTo(seenAt);
        byte[] content = zip.central("part.xml", seen, hiddenAt).central("pad.bin", pad, padAt).finish();

        try (ZipParts parts = ZipParts.of(ZipBytes.of(content))) {
            ZipIntegrityCheck.verify(parts); // same names, sizes and checksums: the check cannot tell the views apart
            ZipArchiveEntry part = parts.entry("part.xml");

            assertThat(readAll(parts.open(part))).isEqualTo(hidden);
            assertThat(parts.keptParts()).isEqualTo(1); // pad.bin only
        }
    }

    private static void assertSameSheets(Path file, Optional<List<SheetCells>> kept, Optional<List<SheetCells>> fresh) {
        assertThat(kept.isPresent()).as("%s taken alike", file).isEqualTo(fresh.isPresent());
        if (fresh.isEmpty()) {
            return;
        }
        assertThat(kept.get()).hasSameSizeAs(fresh.get());
        for (int s = 0; s < fresh.get().size(); s++) {
            SheetCells want = fresh.get().get(s);
            SheetCells got = kept.get().get(s);
            String where = file.getFileName() + "!" + want.name();
            assertThat(got.name()).as(where).isEqualTo(want.name());
            assertThat(got.lastRowIndex()).as(where).isEqualTo(want.lastRowIndex());
            assertThat(got.mergedRegions()).as(where).map(CellRangeAddress::formatAsString)
                    .containsExactlyElementsOf(want.mergedRegions().stream().map(CellRangeAddress::formatAsString).toList());
            for (int row = 0; row <= want.lastRowIndex(); row++) {
                assertThat(got.lastColumn(row)).as(where + " row " + row).isEqualTo(want.lastColumn(row));
                for (int col = 0; col <= want.lastColumn(row); col++) {
                    assertThat(got.content(row, col)).as(where + "!" + SheetGrid.address(row, col)).isEqualTo(want.content(row, col));
                }
            }
        }
    }

    @Test
    void givesEveryShippedSamplesPartsBeforeTheCheckAsTheCentralDirectoryDoes() throws Exception {
        int compared = 0;
        for (Path file : SampleInput.xlsxFiles()) {
            byte[] content = Files.readAllBytes(file);
            try (ZipParts parts = ZipParts.of(ZipBytes.of(content));
                 ZipFile fresh = ZipBytes.of(content).centralDirectory()) {
                for (ZipArchiveEntry entry : Collections.list(fresh.getEntries())) {
                    assertThat(parts.content(parts.entry(entry.getName()), 1 << 20))
                            .as("%s!%s", file, entry.getName()).isEqualTo(readAll(fresh.getInputStream(entry)));
                    compared++;
                }
            } catch (IOException e) {
                // the sample's deliberately truncated files have no central directory to compare with
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(ints = {-7, 7})
    void givesWhatTheCentralDirectoryInflatesWhenItListsAnotherSize(int wrongBy) throws Exception {
        String rels = "<Relationships><Relationship Id=\"rId1\" Target=\"xl/workbook.xml\"/></Relationships>";
        byte[] content = listedSize(TestPackages.zip(Map.of("_rels/.rels", rels)), "_rels/.rels", rels.length() + wrongBy);

        try (ZipParts parts = ZipParts.of(ZipBytes.of(content))) {
            ZipArchiveEntry entry = parts.entry("_rels/.rels");
            assertThat(entry.getSize()).isEqualTo(rels.length() + wrongBy);

            assertThat(parts.content(entry, 1 << 20)).asString(StandardCharsets.US_ASCII).isEqualTo(rels);
            assertThat(parts.content(entry, rels.length() - 1)).isNull();
        }
    }

    /** The zip with the central directory's inflated size of {@code name} set to {@code size}. */
    private static byte[] listedSize(byte[] zip, String name, long size) {
        byte[] copy = zip.clone();
        int header = TestPackages.indexOf(copy, new byte[] {'P', 'K', 1, 2}, 0);
        while (!new String(copy, header + 46, name.length(), StandardCharsets.US_ASCII).equals(name)) {
            header = TestPackages.indexOf(copy, new byte[] {'P', 'K', 1, 2}, header + 4);
        }
        for (int i = 0; i < 4; i++) {
            copy[header + 24 + i] = (byte) (size >>> (8 * i));
        }
        return copy;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * {@code data} with the four bytes at {@code at} changed so that its CRC-32 is {@code target}. CRC-32 is affine
     * over GF(2) in the data bits, so the 32 bits to flip solve a linear system.
     */
    private static byte[] forceCrc(byte[] data, int at, long target) {
        byte[] base = data.clone();
        Arrays.fill(base, at, at + 4, (byte) 0);
        long baseCrc = crc(base);
        long[] pivotValue = new long[32];
        long[] pivotBits = new long[32];
        for (int i = 0; i < 32; i++) {
            byte[] flipped = base.clone();
            flipped[at + i / 8] ^= (byte) (1 << (i % 8));
            long value = crc(flipped) ^ baseCrc;
            long bits = 1L << i;
            for (int b = 31; b >= 0 && value != 0; b--) {
                if ((value >>> b & 1) == 0) {
                    continue;
                }
                if (pivotValue[b] == 0) {
                    pivotValue[b] = value;
                    pivotBits[b] = bits;
                    break;
                }
                value ^= pivotValue[b];
                bits ^= pivotBits[b];
            }
        }
        long want = target ^ baseCrc;
        long flips = 0;
        for (int b = 31; b >= 0; b--) {
            if ((want >>> b & 1) != 0) {
                want ^= pivotValue[b];
                flips ^= pivotBits[b];
            }
        }
        assertThat(want).as("solvable").isZero();
        for (int i = 0; i < 32; i++) {
            if ((flips >>> i & 1) != 0) {
                base[at + i / 8] ^= (byte) (1 << (i % 8));
            }
        }
        return base;
    }

    /** A zip of stored entries written field by field, so that the central directory can point anywhere. */
    private static final class RawZip {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        long local(String name, byte[] data) {
            long offset = body.size();
            body.writeBytes(localHeader(name, data));
            body.writeBytes(data);
            return offset;
        }

        RawZip central(String name, byte[] data, long localOffset) {
            byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
            directory.writeBytes(le(0x02014b50, 4));
            directory.writeBytes(le(20, 2));
            directory.writeBytes(common(data, nameBytes.length));
            directory.writeBytes(le(0, 2)); // comment
            directory.writeBytes(le(0, 2)); // disk
            directory.writeBytes(le(0, 2)); // internal attributes
            directory.writeBytes(le(0, 4)); // external attributes
            directory.writeBytes(le(localOffset, 4));
            directory.writeBytes(nameBytes);
            entries++;
            return this;
        }

        byte[] finish() {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            zip.writeBytes(body.toByteArray());
            zip.writeBytes(directory.toByteArray());
            zip.writeBytes(le(0x06054b50, 4));
            zip.writeBytes(le(0, 2));
            zip.writeBytes(le(0, 2));
            zip.writeBytes(le(entries, 2));
            zip.writeBytes(le(entries, 2));
            zip.writeBytes(le(directory.size(), 4));
            zip.writeBytes(le(body.size(), 4));
            zip.writeBytes(le(0, 2));
            return zip.toByteArray();
        }

        static byte[] localHeader(String name, byte[] data) {
            byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
            return concat(concat(le(0x04034b50, 4), common(data, nameBytes.length)), nameBytes);
        }

        /** From "version needed" to "extra field length", the same in local and central headers. */
        private static byte[] common(byte[] data, int nameLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(le(20, 2)); // version needed
            out.writeBytes(le(0, 2)); // flags
            out.writeBytes(le(0, 2)); // stored
            out.writeBytes(le(0, 2)); // time
            out.writeBytes(le(0x21, 2)); // date: 1980-01-01
            out.writeBytes(le(crc(data), 4));
            out.writeBytes(le(data.length, 4));
            out.writeBytes(le(data.length, 4));
            out.writeBytes(le(nameLength, 2));
            out.writeBytes(le(0, 2)); // extra field
            return out.toByteArray();
        }

        private static byte[] le(long value, int bytes) {
            byte[] out = new byte[bytes];
            for (int i = 0; i < bytes; i++) {
                out[i] = (byte) (value >>> (8 * i));
            }
            return out;
        }
    }
}
