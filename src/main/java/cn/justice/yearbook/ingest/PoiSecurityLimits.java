package cn.justice.yearbook.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The limits that keep a hostile workbook from exhausting memory, in one place.
 *
 * <p>POI keeps its limits in static fields, so they hold for the whole JVM, including other modules that
 * read workbooks with POI (templates, feedback files). They are set once, when the first
 * {@link WorkbookOpener} is built, and the same constants drive our own checks
 * ({@link ZipIntegrityCheck}, {@link TextVolumeCheck}) so that POI and we agree on what is too much.
 *
 * <p>Sizes follow from what a township report is (one sheet, a few hundred cells, well under 1 MB) and from
 * what parsing costs: POI holds a parsed sheet as an XMLBeans tree of about 16 bytes of heap per byte of
 * sheet XML (measured on a 7.3 MB sheet: 117 MB of heap).
 */
final class PoiSecurityLimits {

    /**
     * Largest inflated size of a single part of a zip package. A 32 MiB sheet is roughly 300,000 rows and
     * costs about 500 MB of heap once parsed; anything larger is not a township report.
     */
    static final long MAX_ENTRY_SIZE = 32L << 20;

    /** Largest inflated size of all parts together: bounds the heap for many medium sheets. Ours, not POI's. */
    static final long MAX_TOTAL_INFLATED_SIZE = 48L << 20;

    /**
     * Smallest compressed/inflated ratio of a part above {@link #GRACE_ENTRY_SIZE}: POI's default of 1 %.
     * Excel's XML compresses about 5–20 times; 100 times or more means a deliberately repetitive part.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts smaller than this inflate without the ratio check (POI's default): tiny parts compress oddly. */
    static final long GRACE_ENTRY_SIZE = 100L << 10;

    /** Most parts a package may have (POI's default). A 40-sheet workbook has about 100. */
    static final long MAX_FILE_COUNT = 1_000;

    /**
     * Characters of text POI's extractors may produce (POI's default). We use no extractor, so the same
     * number bounds the text all cells of a workbook may reference ({@link TextVolumeCheck}).
     */
    static final long MAX_TEXT_CHARS = 10L << 20;

    /**
     * Largest single byte array POI may allocate for a declared length. This overrides every per-record
     * limit in POI: the large ones (100–250 MB for pictures and some records) come down to this, the small
     * ones (100 KB) go up to it. Since a dropped file is at most a few tens of MB, no honest length is larger,
     * and one allocation of this size is harmless.
     */
    static final int MAX_ALLOCATION = (int) MAX_ENTRY_SIZE;

    /**
     * Largest buffer POI allocates up front for a stream whose length the file declares; beyond it, buffers
     * grow only as real bytes arrive, so a lying length field costs nothing.
     */
    static final int MAX_INITIAL_BUFFER = 1 << 20;

    private static boolean applied;

    private PoiSecurityLimits() {
    }

    /** Sets POI's static limits; later calls do nothing. */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        IOUtils.setByteArrayMaxOverride(MAX_ALLOCATION);
        IOUtils.setMaxByteArrayInitSize(MAX_INITIAL_BUFFER);
        applied = true;
    }
}
