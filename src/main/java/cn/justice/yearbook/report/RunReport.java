package cn.justice.yearbook.report;

import cn.justice.yearbook.render.model.Edition;

import java.util.List;

/**
 * The machine-readable account of one run: every file found, what became of it, and every finding.
 * Written as JSON to output/reports/.
 */
public record RunReport(Run run, RunSummary summary, List<FileOutcome> files, Publication yearbook) {

    /**
     * The yearbook this run compiled, files relative to the output folder; null when there was nothing to compile.
     * In a prefecture's run it is the roll-up; each county with data counted has its own yearbook beside it.
     *
     * @param level        COUNTY: a county's yearbook, whose rows are its townships; PREFECTURE: a prefecture's
     *                     roll-up, whose rows are its counties
     * @param unitsCounted how many of those townships (or counties) have their data counted in the yearbook; in a
     *                     prefecture's run, also how many county yearbooks were written
     * @param units        how many townships (or counties) there are
     */
    public record Publication(int year, Edition.Level level, String pdf, String workbook, int unitsCounted, int units) {
    }

    public record Run(long jobInstanceId, String county, String input, Integer year, String generatedAt) {
    }

    /**
     * @param disposition PROCESSED, IGNORED or UNCHANGED (see the intake table)
     * @param status      review status of the submission (ACCEPTED, WARNINGS, ERRORS, REJECTED), or null
     * @param statusText  the same in Chinese, as staff see it
     * @param feedback    the feedback workbook written for it, relative to the output folder
     * @param quarantine  for a rejected file (or the same bytes again), its untouched copy, relative to the output
     *                    folder; null when there is none
     * @param county      in a prefecture run, the county the file was placed in; null in a county's own run
     */
    public record FileOutcome(String file, long size, String checksum, String disposition, String status,
                              String statusText, String county, String township, Integer year, Long submissionId,
                              String supersededBy,
                              String feedback, String quarantine, String note, List<FindingEntry> findings) {
    }

    public record FindingEntry(String ruleId, String severity, String sheet, String cell, String indicator,
                               String message, boolean explained) {
    }
}
