package cn.justice.yearbook.job;

import cn.justice.yearbook.aggregate.CompiledCounty;
import cn.justice.yearbook.aggregate.CountyAggregator;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.render.model.Edition;
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
import org.springframework.core.task.AsyncTaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
    private final AsyncTaskExecutor workers;

    YearbookTasklet(CountyAggregator aggregator, ObjectProvider<YearbookPdfRenderer> pdf,
                    CompanionWorkbookWriter companion, OutputLayout layout, AsyncTaskExecutor workers) {
        this.aggregator = aggregator;
        this.pdf = pdf;
        this.companion = companion;
        this.layout = layout;
        this.workers = workers;
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
        YearbookPdfRenderer renderer = pdf.getObject();
        Yearbook yearbook;
        if (!aggregator.region().prefecture()) {
            yearbook = aggregator.aggregate(year.get());
        } else {
            // one yearbook per county, compiled and written by the workers side by side (the store is only
            // read), then the roll-up comparing them; a county with no report counted that year gets no
            // yearbook of its own, only its row in the roll-up and its place in the roll-up's quality appendix
            List<Callable<CompiledCounty>> tasks = new ArrayList<>();
            for (County county : aggregator.region().counties()) {
                tasks.add(() -> {
                    CompiledCounty compiled = aggregator.compile(county, year.get());
                    if (compiled.yearbook().reportingTownships().isEmpty()) {
                        log.info("No report of {} counted for {}: no county yearbook", county.name(), year.get());
                        return compiled.forRollUp();
                    }
                    Workers.all(null, publishing(compiled.yearbook(), renderer)); // this task is already on a worker
                    return compiled.forRollUp();
                });
            }
            List<CompiledCounty> counties = Workers.all(workers, tasks);
            yearbook = aggregator.rollUp(year.get(), counties);
            log.info("Compiled the {} yearbooks of {} counties", year.get(), counties.size());
        }
        Workers.all(workers, publishing(yearbook, renderer));
        String name = yearbook.edition().county();
        Path pdfFile = file(yearbook.edition(), "pdf");
        Path workbookFile = file(yearbook.edition(), "xlsx");
        RunReport.Publication publication = new RunReport.Publication(year.get(), yearbook.edition().level(),
                layout.root().relativize(pdfFile).toString(), layout.root().relativize(workbookFile).toString(),
                yearbook.reportingTownships().size(), yearbook.townships().size());
        PublishedYearbook.save(publication, jobExecution.getExecutionContext());
        log.info("Compiled the {} yearbook of {} ({} of {} {}) in {} ms: {}", year.get(), name,
                publication.unitsCounted(), publication.units(),
                yearbook.edition().level() == Edition.Level.COUNTY ? "townships" : "counties",
                (System.nanoTime() - started) / 1_000_000, pdfFile);
        return RepeatStatus.FINISHED;
    }

    private Path file(Edition edition, String extension) {
        return layout.yearbookFile(edition.county(), edition.year(), extension);
    }

    /** Writing a yearbook's PDF and its companion workbook; each writer takes the wording of the yearbook's level. */
    private List<Callable<Void>> publishing(Yearbook yearbook, YearbookPdfRenderer renderer) {
        Edition edition = yearbook.edition();
        Path pdfFile = file(edition, "pdf");
        Path workbookFile = file(edition, "xlsx");
        return List.of(
                () -> {
                    long started = System.nanoTime();
                    renderer.render(yearbook, pdfFile);
                    log.info("Rendered {} in {} ms, {} bytes", pdfFile.getFileName(),
                            (System.nanoTime() - started) / 1_000_000, Files.size(pdfFile));
                    return null;
                },
                () -> {
                    companion.write(yearbook, workbookFile);
                    return null;
                });
    }
}
