package cn.justice.yearbook.bench;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.county.TownshipMatcher;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.WorkbookOpener;
import cn.justice.yearbook.ingest.WorkbookReader;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.SubmissionValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The hot units of ingest: reading one township workbook (open, find the table, parse every value)
 * and reviewing one submission against the catalogue's rules. The workbook is the shipped sample's
 * 城东街道 2025 file (bureau template, 50 values, 6.6 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {

    private WorkbookReader reader;
    private SubmissionValidator validator;
    private DroppedFile file;
    private WorkbookReading reading;

    @Setup
    public void setUp() throws IOException {
        Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");
        TownshipMatcher townships = TownshipMatcher.of(CountyLoader.load("classpath:county/county.yml"));
        reader = new WorkbookReader(catalogue, townships, new WorkbookOpener(), 40, 2000);
        validator = new SubmissionValidator(catalogue);
        Path path = Path.of(System.getProperty("bench.workbook", "input/2025/城东街道_2025年_法治政府建设统计报表.xlsx"));
        file = new DroppedFile(path, path.getFileName().toString(), "2025/" + path.getFileName(), Files.size(path),
                Files.getLastModifiedTime(path).toInstant(), "0".repeat(64), 2025);
        reading = reader.read(file, 2025);
        if (reading.values().isEmpty()) {
            throw new IllegalStateException("The benchmark workbook reads as empty: " + reading.findings());
        }
    }

    @Benchmark
    public WorkbookReading readOneWorkbook() {
        return reader.read(file, 2025);
    }

    @Benchmark
    public ReviewedSubmission validateOneSubmission() {
        return validator.review(reading, 2025);
    }
}
