package cn.justice.yearbook.report;

import cn.justice.yearbook.validate.SubmissionStatus;

import java.util.List;

/** How many files of a run ended which way. */
public record RunSummary(int seen, int accepted, int acceptedWithWarnings, int acceptedWithErrors, int rejected,
                         int ignored, int unchanged, int deferred) {

    static RunSummary of(List<RunReport.FileOutcome> files) {
        int accepted = 0;
        int warnings = 0;
        int errors = 0;
        int rejected = 0;
        int ignored = 0;
        int unchanged = 0;
        int deferred = 0;
        for (RunReport.FileOutcome file : files) {
            switch (file.disposition()) {
                case "IGNORED" -> ignored++;
                case "UNCHANGED" -> unchanged++;
                case "DEFERRED" -> deferred++;
                default -> {
                    switch (SubmissionStatus.valueOf(file.status())) {
                        case ACCEPTED -> accepted++;
                        case WARNINGS -> warnings++;
                        case ERRORS -> errors++;
                        case REJECTED -> rejected++;
                    }
                }
            }
        }
        return new RunSummary(files.size(), accepted, warnings, errors, rejected, ignored, unchanged, deferred);
    }
}
