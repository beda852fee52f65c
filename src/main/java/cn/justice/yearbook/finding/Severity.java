package cn.justice.yearbook.finding;

/**
 * The two severities of official statistical review.
 * An error (强制性审核) keeps a value out of every total until it is fixed;
 * a warning (核实性审核) keeps the value but asks for a written explanation.
 */
public enum Severity {
    ERROR("错误"),
    WARNING("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
