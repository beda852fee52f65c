package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much of a folder of workbooks {@link PlainXmlReader} reads: every .xlsx read as the opener reads it, once with
 * plain XML and once with StAX alone; prints the files each takes and the parts that were read again by StAX.
 * Usage: PlainXmlCoverage DIR.
 */
public final class PlainXmlCoverage {

    private PlainXmlCoverage() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        XlsxStreamReader plain = new XlsxStreamReader(WorkbookOpener.DEFAULT_MAX_ROWS);
        XlsxStreamReader stax = XlsxStreamReader.staxOnly(WorkbookOpener.DEFAULT_MAX_ROWS);
        int plainTaken = 0;
        int staxTaken = 0;
        int unreadable = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            try (ZipParts forPlain = ZipParts.of(ZipBytes.of(content)); ZipParts forStax = ZipParts.of(ZipBytes.of(content))) {
                ZipIntegrityCheck.verify(forPlain);
                ZipIntegrityCheck.verify(forStax);
                plainTaken += plain.read(forPlain).isPresent() ? 1 : 0;
                staxTaken += stax.read(forStax).isPresent() ? 1 : 0;
            } catch (UnreadableFileException e) {
                unreadable++;
            }
        }
        System.out.printf("%d .xlsx files, %d refused by the zip checks; taken by the stream reader: %d with plain XML, %d with StAX alone;"
                + " parts read again by StAX: %d%n", files.size(), unreadable, plainTaken, staxTaken, plain.partsReadAgain());
    }
}
