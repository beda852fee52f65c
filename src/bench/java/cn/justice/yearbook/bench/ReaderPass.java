package cn.justice.yearbook.bench;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.county.TownshipMatcher;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.WorkbookOpener;
import cn.justice.yearbook.ingest.WorkbookReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pipeline's reading alone, beside {@link RawZipStaxPass} over the same files: every .xlsx under a
 * folder read by {@link WorkbookReader} (sniff, zip checks, streaming read, table and values found),
 * no review, no database. Prints files/s for 1 and 2 threads. Usage: ReaderPass DIR [passes].
 */
public final class ReaderPass {

    private ReaderPass() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xlsx")
                    && !p.getFileName().toString().startsWith("~$")).sorted().toList();
        }
        Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");
        TownshipMatcher townships = TownshipMatcher.of(CountyLoader.load("classpath:county/county.yml"));
        WorkbookReader reader = new WorkbookReader(catalogue, townships, new WorkbookOpener(), 40, 2000);
        pass(reader, files, 2);
        for (int threads : new int[]{1, 2}) {
            double best = 0;
            for (int i = 0; i < passes; i++) {
                best = Math.max(best, pass(reader, files, threads));
            }
            System.out.printf("pipeline reader, %d thread(s): %.0f files/s over %d .xlsx files (best of %d)%n",
                    threads, best, files.size(), passes);
        }
    }

    static double pass(WorkbookReader reader, List<Path> files, int threads) throws Exception {
        return RawZipStaxPass.timed(files, threads, path -> reader.read(new DroppedFile(path, path.getFileName().toString(),
                path.toString(), Files.size(path), Files.getLastModifiedTime(path).toInstant(), "0".repeat(64), null), null)
                .values().size());
    }
}
