package cn.justice.yearbook.job;

import cn.justice.yearbook.aggregate.CountyAggregator;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.pdf.YearbookPdfRenderer;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;
import cn.justice.yearbook.report.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Step 4: compiles the yearbook of the run's year (or of the latest year on record) from the store
 * and publishes it as a PDF and a companion workbook. Both files are replaced whole, so a rerun is harmless.
 */
class YearbookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(YearbookTasklet.class);

    private final CountyAggregator aggregator;
    private final ObjectProvider<YearbookPdfRenderer> pdf;
    private final CompanionWorkbookWriter companion;
    private final OutputLayout layout;

    YearbookTasklet(CountyAggregator aggregator, ObjectProvider<YearbookPdfRenderer> pdf,
                    CompanionWorkbookWriter companion, OutputLayout layout) {
        this.aggregator = aggregator;
        this.pdf = pdf;
        this.companion = companion;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Long requested = jobExecution.getJobParameters().getLong(JobParameterNames.YEAR);
        Optional<Integer> year = requested != null ? Optional.of(requested.intValue()) : aggregator.latestYear();
        if (year.isEmpty()) {
            log.info("No accepted submission on record: no yearbook compiled");
            return RepeatStatus.FINISHED;
        }
        long started = System.nanoTime();
        Yearbook yearbook = aggregator.aggregate(year.get());
        String county = yearbook.edition().county();
        Path pdfFile = layout.yearbookFile(county, year.get(), "pdf");
        Path workbookFile = layout.yearbookFile(county, year.get(), "xlsx");
        pdf.getObject().render(yearbook, pdfFile);
        companion.write(yearbook, workbookFile);
        RunReport.Publication publication = new RunReport.Publication(year.get(),
                layout.root().relativize(pdfFile).toString(), layout.root().relativize(workbookFile).toString(),
                yearbook.reportingTownships().size(), yearbook.townships().size());
        PublishedYearbook.save(publication, jobExecution.getExecutionContext());
        log.info("Compiled the {} yearbook of {} ({} of {} townships) in {} ms: {}", year.get(), county,
                publication.townshipsCounted(), publication.townships(), (System.nanoTime() - started) / 1_000_000, pdfFile);
        return RepeatStatus.FINISHED;
    }
}
