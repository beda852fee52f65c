package cn.justice.yearbook.ingest;

import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Rule;

import java.util.List;

/**
 * Everything read from one dropped file, before review.
 *
 * @param sheet    the sheet the table was read from, or null when none was found
 * @param township the township the file reports for, or null when it could not be told
 * @param year     the year it reports on, or null when it could not be told
 * @param findings what reading found: file-level problems and rows it could not use
 */
public record WorkbookReading(DroppedFile file, String sheet, Township township, Integer year,
                              List<ReportedValue> values, List<Finding> findings) {

    public WorkbookReading {
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }

    public static WorkbookReading rejected(DroppedFile file, Finding finding) {
        return new WorkbookReading(file, null, null, null, List.of(), List.of(finding));
    }

    public boolean rejected() {
        return findings.stream().anyMatch(f -> Rule.isFileLevel(f.ruleId()));
    }
}
