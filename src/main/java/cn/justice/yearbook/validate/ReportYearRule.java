package cn.justice.yearbook.validate;

import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;

/** The report's year is the year the run (or the file's year folder) is for. */
final class ReportYearRule {

    private ReportYearRule() {
    }

    static void check(ReviewContext context, Integer expectedYear) {
        Integer year = context.reading().year();
        if (year != null && expectedYear != null && !year.equals(expectedYear)) {
            context.add(Messages.finding(Rule.YEAR_MISMATCH, null, context.reading().sheet(), null,
                    year.toString(), expectedYear.toString()));
        }
    }
}
