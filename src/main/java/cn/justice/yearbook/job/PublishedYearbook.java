package cn.justice.yearbook.job;

import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.report.RunReport;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Carries the yearbook step's result in the job's execution context to the steps and callers after it. */
final class PublishedYearbook {

    private static final String YEAR = "yearbook.year";
    private static final String LEVEL = "yearbook.level";
    private static final String PDF = "yearbook.pdf";
    private static final String WORKBOOK = "yearbook.workbook";
    // the names of the keys from before the roll-up's counties were told apart from townships
    private static final String COUNTED = "yearbook.townshipsCounted";
    private static final String UNITS = "yearbook.townships";

    private PublishedYearbook() {
    }

    static void save(RunReport.Publication publication, ExecutionContext context) {
        context.putInt(YEAR, publication.year());
        context.putString(LEVEL, publication.level().name());
        context.putString(PDF, publication.pdf());
        context.putString(WORKBOOK, publication.workbook());
        context.putInt(COUNTED, publication.unitsCounted());
        context.putInt(UNITS, publication.units());
    }

    /** The yearbook the run published, or null if it published none. */
    static RunReport.Publication load(ExecutionContext context) {
        if (!context.containsKey(PDF)) {
            return null;
        }
        // a run stopped after its yearbook step by an earlier version, resumed by this one, saved no level
        Edition.Level level = Edition.Level.valueOf(context.getString(LEVEL, Edition.Level.COUNTY.name()));
        return new RunReport.Publication(context.getInt(YEAR), level, context.getString(PDF), context.getString(WORKBOOK),
                context.getInt(COUNTED), context.getInt(UNITS));
    }
}
