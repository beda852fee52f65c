package cn.justice.yearbook.render.table;

import cn.justice.yearbook.catalogue.Indicator;

/** How a column's numbers are written: thousands separators for counts, fixed decimals for rates. */
public enum NumberStyle {
    COUNT(0, true),
    AMOUNT(2, true),
    PERCENT(1, false),
    /** A change of a rate, in percentage points. */
    POINTS(1, false);

    private final int decimals;
    private final boolean grouped;

    NumberStyle(int decimals, boolean grouped) {
        this.decimals = decimals;
        this.grouped = grouped;
    }

    public int decimals() {
        return decimals;
    }

    public boolean grouped() {
        return grouped;
    }

    /** The Excel number format that prints like {@link FigureFormat} does. */
    public String excelPattern() {
        String integer = grouped ? "#,##0" : "0";
        return decimals == 0 ? integer : integer + "." + "0".repeat(decimals);
    }

    public static NumberStyle of(Indicator indicator) {
        return switch (indicator.type()) {
            case COUNT -> COUNT;
            case AMOUNT -> AMOUNT;
            case PERCENT -> PERCENT;
        };
    }
}
