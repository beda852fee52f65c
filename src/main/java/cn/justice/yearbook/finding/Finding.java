package cn.justice.yearbook.finding;

/**
 * One thing review found in a submission.
 *
 * @param ruleId    the rule's name, or for catalogue checks the check's own id (CHECK_MED_MEDIATORS_1)
 * @param code      the indicator concerned, or null for findings about the whole file
 * @param sheet     sheet of the cell concerned, or null
 * @param cell      A1-style address of the cell concerned, or null
 * @param message   Chinese text for staff: what is wrong and how to fix it
 * @param explained a warning the row's 说明 column explains; it stays on record but is not listed as open
 */
public record Finding(String ruleId, Severity severity, String code, String sheet, String cell, String message,
                      boolean explained) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isOpenWarning() {
        return severity == Severity.WARNING && !explained;
    }

    public Finding explainedBy(String note) {
        boolean explains = severity == Severity.WARNING && note != null && !note.isBlank();
        return explains == explained ? this : new Finding(ruleId, severity, code, sheet, cell, message, explains);
    }

    /** The cell as staff would name it: 「Sheet1!E7」. */
    public String location() {
        if (cell == null) {
            return sheet == null ? "" : sheet;
        }
        return sheet == null ? cell : sheet + "!" + cell;
    }
}
