package cn.justice.yearbook.job;

import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.CountyLocator;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.WorkbookReader;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.SubmissionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.nio.file.Path;

/** Reads one dropped workbook and reviews it. Whatever goes wrong with one file stays with that file. */
class ReviewFileProcessor implements ItemProcessor<IntakeRow, ProcessedFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewFileProcessor.class);

    private final WorkbookReader reader;
    private final SubmissionValidator validator;
    private final CountyLocator counties;
    private Path input;
    private Integer runYear;

    ReviewFileProcessor(WorkbookReader reader, SubmissionValidator validator, CountyLocator counties) {
        this.reader = reader;
        this.validator = validator;
        this.counties = counties;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        input = Path.of(parameters.getString(JobParameterNames.INPUT));
        Long year = parameters.getLong(JobParameterNames.YEAR);
        runYear = year == null ? null : year.intValue();
    }

    @Override
    public ProcessedFile process(IntakeRow row) {
        DroppedFile file = new DroppedFile(input.resolve(row.relativePath()), row.fileName(), row.relativePath(),
                row.size(), row.modified(), row.checksum(), row.folderYear());
        CountyLocator.Placement placement = counties.place(row.relativePath());
        ReviewedSubmission reviewed = review(file, runYear, placement);
        WorkbookReading reading = reviewed.reading();
        log.info("Read {}: township={}, year={}, {} values, {} findings", row.relativePath(),
                reading.township() == null ? null : reading.township().name(), reading.year(),
                reading.values().size(), reading.findings().size());
        // a single county's submissions carry no county: the store has always held them that way
        String county = !counties.region().prefecture() || reading.township() == null ? null
                : placement.countyOf(reading.township(), counties).map(County::name).orElse(null);
        return new ProcessedFile(row, reviewed, county);
    }

    /** Reads one file as a run does, among its county's townships, and reviews it; nothing is stored. */
    ReviewedSubmission review(DroppedFile file, Integer runYear) {
        return review(file, runYear, counties.place(file.relativePath()));
    }

    private ReviewedSubmission review(DroppedFile file, Integer runYear, CountyLocator.Placement placement) {
        Integer expectedYear = file.folderYear() != null ? file.folderYear() : runYear;
        WorkbookReading reading;
        try {
            reading = reader.read(file, expectedYear, placement.townships());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Unexpected failure reading {}; the file is reported as unreadable", file.relativePath(), e);
            reading = WorkbookReading.rejected(file,
                    Messages.finding(Rule.FILE_UNREADABLE, null, null, null, file.name(), "读取时发生意外错误"));
        }
        return validator.review(reading, expectedYear);
    }
}
