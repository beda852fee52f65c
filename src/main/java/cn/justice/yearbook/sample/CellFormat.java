package cn.justice.yearbook.sample;

/** The number formats people leave on value cells, as Excel names them. */
public enum CellFormat {
    GENERAL("General"),
    WHOLE("0"),
    /** 「2,000」: what Excel applies when someone types a thousands separator. */
    THOUSANDS("#,##0"),
    ONE_DECIMAL("0.0"),
    /** 「85%」: what Excel applies when someone types a percent sign; the cell holds 0.85. */
    PERCENT("0%"),
    PERCENT_ONE_DECIMAL("0.0%");

    private final String pattern;

    CellFormat(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }
}
