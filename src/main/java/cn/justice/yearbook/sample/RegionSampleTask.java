package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Region;
import cn.justice.yearbook.finding.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the {@code sample-region} sub-command does: a made-up prefecture ({@link SamplePrefecture}) and
 * its input, {@code input/<county>/<year>/…}, each county generated like the sample county (its own
 * figures, layouts, habits and, in the latest year, at most {@code mistakes} deliberate mistakes), plus
 * the prefecture file a run needs. The same seed gives the same bytes, whatever the thread count.
 */
public final class RegionSampleTask {

    private static final Logger log = LoggerFactory.getLogger(RegionSampleTask.class);

    private final Catalogue catalogue;

    public RegionSampleTask(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static RegionSampleTask fromLocation(String catalogueLocation) {
        return new RegionSampleTask(CatalogueLoader.load(catalogueLocation));
    }

    /** The settings of one generation; {@code mistakes} caps the deliberate mistakes per county. */
    public record Settings(String prefecture, int counties, int townships, int fromYear, int toYear, int mistakes,
                           long seed, int threads) {
    }

    /** Writes the input under {@code inputDir} and the prefecture file to {@code regionFile}; returns the console line. */
    public String run(Settings settings, Path inputDir, Path regionFile) throws IOException, InterruptedException {
        Region region = SamplePrefecture.make(settings.prefecture(), settings.counties(), settings.townships(), settings.seed());
        if (regionFile.getParent() != null) {
            Files.createDirectories(regionFile.getParent());
        }
        Files.writeString(regionFile, SamplePrefecture.yaml(region), StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        long workbooks = 0;
        int mistakes = 0;
        try {
            List<Future<SampleInputGenerator.Result>> results = new ArrayList<>();
            for (int i = 0; i < region.counties().size(); i++) {
                County county = region.counties().get(i);
                long seed = settings.seed() * 1_000_003L + i; // each county its own figures, reproducibly
                Path dir = inputDir.resolve(county.name());
                results.add(pool.submit(() -> new SampleInputGenerator(catalogue, county, seed, settings.mistakes())
                        .generate(dir, settings.fromYear(), settings.toYear())));
            }
            for (Future<SampleInputGenerator.Result> future : results) {
                SampleInputGenerator.Result result = future.get();
                workbooks += result.workbooks();
                mistakes += result.mistakes().size();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.info("Generated {} workbooks for {} counties of {} into {}", workbooks, region.counties().size(), region.name(), inputDir);
        return Messages.get("sample.region.done", inputDir.toString(), Long.toString(workbooks),
                Integer.toString(region.counties().size()), Integer.toString(settings.townships()),
                Integer.toString(settings.fromYear()), Integer.toString(settings.toYear()), Integer.toString(mistakes),
                regionFile.toString());
    }
}
