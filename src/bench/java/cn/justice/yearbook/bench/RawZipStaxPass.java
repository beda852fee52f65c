package cn.justice.yearbook.bench;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The raw limit the pipeline is measured against: every .xlsx under a folder opened with
 * java.util.zip, its shared strings and first worksheet pulled through StAX (each cell's text
 * read, nothing kept), no POI, no validation, no database. Prints files/s for 1 and 2 threads.
 * Usage: RawZipStaxPass DIR [passes]; the first pass warms the JVM and is not counted.
 */
public final class RawZipStaxPass {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private RawZipStaxPass() {
    }

    public static void main(String[] args) throws Exception {
        report("raw zip+StAX", args, RawZipStaxPass::read);
    }

    /**
     * Runs {@code work} over every .xlsx under {@code args[0]}: once on two threads to warm the JVM, then best of
     * {@code args[1]} (default 3) passes on one and on two threads; prints files/s.
     */
    static void report(String what, String[] args, FileWork work) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xlsx")
                    && !p.getFileName().toString().startsWith("~$")).sorted().toList();
        }
        timed(files, 2, work); // warm-up
        for (int threads : new int[]{1, 2}) {
            double best = 0;
            for (int i = 0; i < passes; i++) {
                best = Math.max(best, timed(files, threads, work));
            }
            System.out.printf("%s, %d thread(s): %.0f files/s over %d .xlsx files (best of %d)%n",
                    what, threads, best, files.size(), passes);
        }
    }

    /** Reads one file; returns what it counted (values, cells), so that nothing is optimised away. */
    interface FileWork {
        long apply(Path file) throws Exception;
    }

    /** Runs {@code work} over every file on {@code threads} threads; returns files per second. */
    static double timed(List<Path> files, int threads, FileWork work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long cells = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        cells += work.apply(files.get(i));
                    }
                    return cells;
                }));
            }
            long cells = 0;
            for (Future<Long> part : parts) {
                cells += part.get();
            }
            if (cells == 0) {
                throw new IllegalStateException("no cell read");
            }
        } finally {
            pool.shutdown();
        }
        return files.size() / ((System.nanoTime() - started) / 1e9);
    }

    /** Reads one workbook's shared strings and first sheet; returns the number of values seen. */
    static long read(Path file) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long values = 0;
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                values += texts(zip, strings);
            }
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet != null) {
                values += texts(zip, sheet);
            }
            return values;
        }
    }

    private static long texts(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        try (InputStream in = zip.getInputStream(entry)) {
            return texts(in);
        }
    }

    /** Reads the text of every {@code <v>} (a cell value) and {@code <t>} (a string) in one pass; returns how many are not empty. */
    static long texts(InputStream part) throws XMLStreamException {
        long count = 0;
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && (xml.getLocalName().equals("v") || xml.getLocalName().equals("t"))) {
                count += xml.getElementText().length() > 0 ? 1 : 0;
            }
        }
        xml.close();
        return count;
    }
}
