package cn.justice.yearbook.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of the pipeline, bound from {@code yearbook.*} in application.yml and overridable
 * on the command line. README lists them.
 *
 * @param input     the drop folder staff put township workbooks into (never modified)
 * @param output    where feedback, reports, templates, the yearbook and the embedded database go
 * @param county    the county file: a path, or classpath:county/county.yml for the shipped sample
 * @param catalogue the indicator catalogue: a path, or classpath:catalogue/indicators.csv
 */
@ConfigurationProperties("yearbook")
public record YearbookProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        @DefaultValue("classpath:county/county.yml") String county,
        @DefaultValue("classpath:catalogue/indicators.csv") String catalogue,
        @DefaultValue Ingest ingest,
        @DefaultValue Validation validation) {

    /**
     * @param chunkSize        workbooks stored per transaction
     * @param headerSearchRows how far down a sheet the reader looks for the table header
     * @param maxRows          a workbook with a sheet of more rows holding data is rejected (FILE_TOO_LARGE), an xlsx
     *                         before it is parsed; the reader looks no further down a sheet than this (at most
     *                         {@value #MAX_ROWS_LIMIT}: a row holds at most 11 values, and the store keeps at most
     *                         {@code ReportedValueSet.MAX_VALUES} of a submission)
     * @param stableAfter      a file is taken only once its size and modification time have not changed
     *                         for this long; one still being copied is left for the next run
     * @param maxFileSize      larger dropped files are rejected unread (FILE_TOO_LARGE); a township report is
     *                         well under 1 MB, and the parse limits in PoiSecurityLimits assume files of this order
     * @param threads          workbooks read and reviewed at once; 0 means one per processor. Storing stays
     *                         one transaction per chunk, in the order the files were found
     * @param nativeChecksumsFrom a drop folder of at least this many files is checksummed by the operating system's
     *                         native SHA-256 where the JDK reaches it (ingest/Sha256), which takes 20–115 ms to
     *                         load; 0 for every folder, a negative number for none
     */
    public record Ingest(
            @DefaultValue("50") int chunkSize,
            @DefaultValue("40") int headerSearchRows,
            @DefaultValue("2000") int maxRows,
            @DefaultValue("3s") Duration stableAfter,
            @DefaultValue("20MB") DataSize maxFileSize,
            @DefaultValue("0") int threads,
            @DefaultValue("1000") int nativeChecksumsFrom) {

        /** Far above any township report (a few dozen rows), and keeps a file's values within what the store holds. */
        public static final int MAX_ROWS_LIMIT = 5_000;

        public Ingest {
            if (maxRows < 1 || maxRows > MAX_ROWS_LIMIT) {
                throw new IllegalArgumentException("yearbook.ingest.max-rows must be between 1 and " + MAX_ROWS_LIMIT
                        + ", not " + maxRows);
            }
        }
    }

    /**
     * @param yoyMinChange       an absolute change smaller than this never triggers the year-over-year warning
     *                           (10 → 16 is +60% but no news); indicators whose threshold is 0 ignore it
     * @param peerMinTownships   peers needed before a township can be called an outlier
     * @param peerModifiedZ      the modified z-score (0.6745·|x−median|/MAD) above which a value is an outlier
     * @param peerMinDeviation   an outlier must also lie this share of the median away from it (0.5 = 50%)
     */
    public record Validation(
            @DefaultValue("5") BigDecimal yoyMinChange,
            @DefaultValue("6") int peerMinTownships,
            @DefaultValue("3.5") BigDecimal peerModifiedZ,
            @DefaultValue("0.5") BigDecimal peerMinDeviation) {
    }
}
