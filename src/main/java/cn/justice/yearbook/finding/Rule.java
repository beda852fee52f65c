package cn.justice.yearbook.finding;

import static cn.justice.yearbook.finding.Severity.ERROR;
import static cn.justice.yearbook.finding.Severity.WARNING;

/**
 * Every rule a finding can come from. Each has a Chinese message in {@code messages.properties}
 * under {@code rule.<NAME>}; a test keeps the two in step.
 */
public enum Rule {
    // The file as a whole: the submission is rejected.
    FILE_EMPTY(ERROR, true),
    FILE_UNREADABLE(ERROR, true),
    FILE_ENCRYPTED(ERROR, true),
    FILE_UNSUPPORTED_FORMAT(ERROR, true),
    FILE_TOO_LARGE(ERROR, true),
    FILE_SECURITY_LIMIT(ERROR, true),
    NO_TABLE(ERROR, true),
    TOWNSHIP_MISSING(ERROR, true),
    TOWNSHIP_UNKNOWN(ERROR, true),
    MULTIPLE_TOWNSHIPS(ERROR, true),
    YEAR_MISSING(ERROR, true),
    YEAR_MISMATCH(ERROR, true),

    // How the table was read.
    UNKNOWN_INDICATOR(WARNING),
    CODE_NAME_MISMATCH(WARNING),
    EXTRA_SHEET_IGNORED(WARNING),
    DUPLICATE_INDICATOR(ERROR),
    DUPLICATE_INDICATOR_SAME(WARNING),

    // One value.
    VALUE_NOT_A_NUMBER(ERROR),
    VALUE_FORMULA_ERROR(ERROR),
    VALUE_DATE(ERROR),
    VALUE_BOOLEAN(ERROR),
    PERCENT_FOR_COUNT(ERROR),
    COUNT_NOT_WHOLE(ERROR),
    NEGATIVE_VALUE(ERROR),
    PERCENT_OUT_OF_RANGE(ERROR),
    APPROXIMATE_VALUE(WARNING),
    PERCENT_AS_FRACTION(WARNING),
    UNIT_MISMATCH(WARNING),

    // Relations between values of one submission.
    REQUIRED_MISSING(ERROR),
    NUMERATOR_EXCEEDS_DENOMINATOR(ERROR),
    RATE_MISMATCH(ERROR),
    RATE_UNREACHABLE(ERROR),
    RATE_WITHOUT_COUNTS(WARNING),
    /** A relation declared in the catalogue; its severity comes from there. */
    CATALOGUE_CHECK(WARNING),

    // Against other submissions.
    YEAR_OVER_YEAR(WARNING),
    PEER_OUTLIER(WARNING);

    private final Severity severity;
    private final boolean fileLevel;

    Rule(Severity severity) {
        this(severity, false);
    }

    Rule(Severity severity, boolean fileLevel) {
        this.severity = severity;
        this.fileLevel = fileLevel;
    }

    public Severity severity() {
        return severity;
    }

    /** A finding of this rule means nothing in the file can be used. */
    public boolean fileLevel() {
        return fileLevel;
    }

    public String messageKey() {
        return "rule." + name();
    }

    /** Whether a finding with this rule id rejects its whole file; catalogue check ids are never file-level. */
    public static boolean isFileLevel(String ruleId) {
        for (Rule rule : values()) {
            if (rule.name().equals(ruleId)) {
                return rule.fileLevel;
            }
        }
        return false;
    }
}
