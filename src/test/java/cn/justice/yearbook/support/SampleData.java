package cn.justice.yearbook.support;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.county.TownshipMatcher;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookOpener;
import cn.justice.yearbook.ingest.WorkbookReader;
import cn.justice.yearbook.ingest.WorkbookReading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The shipped sample catalogue and county, and the reader built on them as the application builds it. */
public final class SampleData {

    public static final Catalogue CATALOGUE = CatalogueLoader.load("classpath:catalogue/indicators.csv");
    public static final County COUNTY = CountyLoader.load("classpath:county/county.yml");

    private SampleData() {
    }

    public static WorkbookReader reader() {
        return new WorkbookReader(CATALOGUE, TownshipMatcher.of(COUNTY), new WorkbookOpener(), 40, 2000);
    }

    /** Reads a workbook as the pipeline would find it in the drop folder. */
    public static WorkbookReading read(Path file, Integer expectedYear) {
        return reader().read(dropped(file, expectedYear), expectedYear);
    }

    public static DroppedFile dropped(Path file, Integer folderYear) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new DroppedFile(file, file.getFileName().toString(), file.getFileName().toString(), bytes.length,
                    Files.getLastModifiedTime(file).toInstant(), sha, folderYear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values read for one indicator (several when a workbook repeats a row). */
    public static List<ReportedValue> valuesOf(WorkbookReading reading, String code) {
        return reading.values().stream().filter(v -> v.code().equals(code)).toList();
    }

    /** The one number read for an indicator, if it has one. */
    public static Optional<BigDecimal> number(WorkbookReading reading, String code) {
        List<ReportedValue> values = valuesOf(reading, code);
        if (values.size() != 1 || !values.get(0).parsed().hasValue()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).parsed().number());
    }
}
