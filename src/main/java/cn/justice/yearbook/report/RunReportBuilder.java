package cn.justice.yearbook.report;

import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.Region;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.receipt.Quarantine;
import cn.justice.yearbook.render.workbook.FeedbackWorkbookWriter;
import cn.justice.yearbook.store.Disposition;
import cn.justice.yearbook.store.IntakeRepository;
import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Assembles the run report of a job instance from the store: its intake and the submissions it produced. */
@Component
public class RunReportBuilder {

    private final IntakeRepository intake;
    private final SubmissionRepository submissions;
    private final FeedbackWorkbookWriter feedback;
    private final Quarantine quarantine;
    private final OutputLayout layout;
    private final Region region;
    private final Clock clock;

    RunReportBuilder(IntakeRepository intake, SubmissionRepository submissions, FeedbackWorkbookWriter feedback,
                     Quarantine quarantine, OutputLayout layout, Region region, Clock clock) {
        this.intake = intake;
        this.submissions = submissions;
        this.feedback = feedback;
        this.quarantine = quarantine;
        this.layout = layout;
        this.region = region;
        this.clock = clock;
    }

    /** @param yearbook the yearbook the run compiled, or null */
    public RunReport build(long jobInstanceId, String input, Integer year, RunReport.Publication yearbook) {
        List<RunReport.FileOutcome> files = new ArrayList<>();
        for (IntakeRow row : intake.forJobInstance(jobInstanceId)) {
            files.add(outcome(row));
        }
        return new RunReport(new RunReport.Run(jobInstanceId, region.name(), input, year, clock.instant().toString()),
                RunSummary.of(files), files, yearbook);
    }

    private RunReport.FileOutcome outcome(IntakeRow row) {
        if (row.disposition() != Disposition.PROCESSED || row.submissionId() == null) {
            String copy = row.submissionId() == null ? null
                    : submissions.find(row.submissionId()).map(this::quarantineCopy).orElse(null);
            return new RunReport.FileOutcome(row.relativePath(), row.size(), row.checksum(), row.disposition().name(),
                    null, null, null, null, null, row.submissionId(), null, null, copy, row.note(), List.of());
        }
        StoredSubmission s = submissions.find(row.submissionId()).orElseThrow();
        String supersededBy = s.supersededBy() == null ? null
                : submissions.find(s.supersededBy()).map(StoredSubmission::relativePath).orElse(null);
        List<RunReport.FindingEntry> findings = submissions.findings(s.id()).stream().map(RunReportBuilder::entry).toList();
        String feedbackPath = layout.root().relativize(feedback.pathFor(s)).toString().replace('\\', '/');
        return new RunReport.FileOutcome(row.relativePath(), row.size(), row.checksum(), row.disposition().name(),
                s.status().name(), s.status().label(), s.county(), s.township(), s.year(), s.id(), supersededBy, feedbackPath,
                quarantineCopy(s), row.note(), findings);
    }

    private String quarantineCopy(StoredSubmission s) {
        return s.status() != SubmissionStatus.REJECTED ? null
                : quarantine.locate(s).map(p -> layout.root().relativize(p).toString().replace('\\', '/')).orElse(null);
    }

    private static RunReport.FindingEntry entry(Finding f) {
        return new RunReport.FindingEntry(f.ruleId(), f.severity().name(), f.sheet(), f.cell(), f.code(), f.message(),
                f.explained());
    }
}
