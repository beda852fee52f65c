package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.justice.yearbook.testing.SampleInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a workbook's parts as plain XML changes nothing: every workbook reads the same as with StAX alone,
 * whether the stream reader takes it or leaves it to POI.
 */
class PlainXmlWorkbooksTest {

    private static final int MAX_ROWS = WorkbookOpener.DEFAULT_MAX_ROWS;

    @Test
    void readsEveryShippedSampleAsStaxDoesAndAsPlainXmlThroughout() throws Exception {
        List<Path> files = SampleInput.xlsxFiles();
        XlsxStreamReader plain = new XlsxStreamReader(MAX_ROWS);
        int taken = 0;
        for (Path file : files) {
            taken += assertSameAsStax(plain, file) ? 1 : 0;
        }
        assertThat(taken).isGreaterThan(30);
        assertThat(plain.partsReadAgain()).as("parts of the samples read again by StAX").isZero();
    }

    @Test
    void readsEveryCorpusWorkbookAsStaxDoes() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        XlsxStreamReader plain = new XlsxStreamReader(MAX_ROWS);
        int taken = 0;
        for (String name : PoiCorpus.fileNames().filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm")).toList()) {
            taken += assertSameAsStax(plain, PoiCorpus.file(name)) ? 1 : 0;
        }
        assertThat(taken).as("corpus workbooks the stream reader takes").isGreaterThanOrEqualTo(8);
        assertThat(plain.partsReadAgain()).as("corpus parts that are not plain XML").isPositive();
    }

    /** Reads the file both ways, as the opener does (its parts kept by the integrity check); returns whether it was taken. */
    private static boolean assertSameAsStax(XlsxStreamReader plain, Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        try (ZipParts forStax = ZipParts.of(ZipBytes.of(content)); ZipParts forPlain = ZipParts.of(ZipBytes.of(content))) {
            try {
                ZipIntegrityCheck.verify(forStax);
                ZipIntegrityCheck.verify(forPlain);
            } catch (UnreadableFileException | RuntimeException e) {
                // refused before the stream reader: still both readings must agree, from the central directory
            }
            var expected = XlsxStreamReader.staxOnly(MAX_ROWS).read(forStax);
            SameReading.assertSame(file.getFileName().toString(), expected, plain.read(forPlain));
            return expected.isPresent();
        }
    }
}
