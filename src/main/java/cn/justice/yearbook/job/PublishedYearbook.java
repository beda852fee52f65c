package cn.justice.yearbook.job;

import cn.justice.yearbook.report.RunReport;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Carries the yearbook step's result in the job's execution context to the steps and callers after it. */
final class PublishedYearbook {

    private static final String YEAR = "yearbook.year";
    private static final String PDF = "yearbook.pdf";
    private static final String WORKBOOK = "yearbook.workbook";
    private static final String COUNTED = "yearbook.townshipsCounted";
    private static final String TOWNSHIPS = "yearbook.townships";

    private PublishedYearbook() {
    }

    static void save(RunReport.Publication publication, ExecutionContext context) {
        context.putInt(YEAR, publication.year());
        context.putString(PDF, publication.pdf());
        context.putString(WORKBOOK, publication.workbook());
        context.putInt(COUNTED, publication.townshipsCounted());
        context.putInt(TOWNSHIPS, publication.townships());
    }

    /** The yearbook the run published, or null if it published none. */
    static RunReport.Publication load(ExecutionContext context) {
        if (!context.containsKey(PDF)) {
            return null;
        }
        return new RunReport.Publication(context.getInt(YEAR), context.getString(PDF), context.getString(WORKBOOK),
                context.getInt(COUNTED), context.getInt(TOWNSHIPS));
    }
}
