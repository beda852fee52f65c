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

/**
 * The pipeline's reading alone, beside {@link RawZipStaxPass} over the same files: every .xlsx under a
 * folder read by {@link WorkbookReader} (sniff, zip checks, streaming read, table and values found),
 * no review, no database. Prints files/s for 1 and 2 threads. Usage: ReaderPass DIR [passes].
 */
public final class ReaderPass {

    private ReaderPass() {
    }

    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");
        TownshipMatcher townships = TownshipMatcher.of(CountyLoader.load("classpath:county/county.yml"));
        WorkbookReader reader = new WorkbookReader(catalogue, townships, new WorkbookOpener(), 40, 2000);
        RawZipStaxPass.report("pipeline reader", args, path -> reader.read(new DroppedFile(path, path.getFileName().toString(),
                path.toString(), Files.size(path), Files.getLastModifiedTime(path).toInstant(), "0".repeat(64), null), null)
                .values().size());
    }
}
