package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.finding.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the {@code sample} sub-command does ({@code yearbook sample --seed 42 --from 2023 --to 2025 --input input}):
 * generate the sample input and say so in one Chinese line. Needs no Spring context and no database:
 * <pre>{@code
 * String line = SampleInputTask.fromLocations(catalogueLocation, countyLocation).run(42, 2023, 2025, Path.of("input"));
 * }</pre>
 */
public final class SampleInputTask {

    private static final Logger log = LoggerFactory.getLogger(SampleInputTask.class);

    private final Catalogue catalogue;
    private final County county;

    public SampleInputTask(Catalogue catalogue, County county) {
        this.catalogue = catalogue;
        this.county = county;
    }

    /** @param catalogueLocation and countyLocation as in application.yml: a path or {@code classpath:…} */
    public static SampleInputTask fromLocations(String catalogueLocation, String countyLocation) {
        return new SampleInputTask(CatalogueLoader.load(catalogueLocation), CountyLoader.load(countyLocation));
    }

    /** Generates the sample into {@code inputDir} and returns the summary line for the console. */
    public String run(long seed, int fromYear, int toYear, Path inputDir) throws IOException {
        SampleInputGenerator.Result result = new SampleInputGenerator(catalogue, county, seed).generate(inputDir, fromYear, toYear);
        result.mistakes().forEach(m -> log.info("Planted {} for {} {}: {}", m.kind(), m.township(), m.year(), m.description()));
        return Messages.get("sample.done", inputDir.toString(), Long.toString(result.workbooks()),
                Integer.toString(county.size()), Integer.toString(fromYear), Integer.toString(toYear),
                Integer.toString(result.mistakes().size()));
    }
}
