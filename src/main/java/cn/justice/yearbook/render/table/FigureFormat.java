package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.model.Figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes figures the way the yearbook's 编辑说明 promises: 「…」 not reported, 「—」 not applicable,
 * a trailing mark for approximate figures, for rates reported without their counts, and for a roll-up's county
 * figures that leave out some of the county's townships.
 */
public final class FigureFormat {

    public static final String NOT_REPORTED = "…";
    public static final String NOT_APPLICABLE = "—";
    public static final String APPROXIMATE_MARK = "*";
    public static final String RATE_WITHOUT_COUNTS_MARK = "#";
    /** After a county's figure in a roll-up that leaves out some of its townships. */
    public static final String LEAVES_OUT_TOWNSHIPS_MARK = "△";

    /** A yearbook prints tens of thousands of figures in a handful of patterns; DecimalFormat is not thread-safe. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private FigureFormat() {
    }

    /** The printed number and the mark that follows it (empty when none). */
    public record Printed(String number, String mark) {
        public String text() {
            return number + mark;
        }
    }

    public static Printed print(Figure figure, NumberStyle style) {
        String number = switch (figure.flag()) {
            case NOT_REPORTED -> NOT_REPORTED;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case APPROXIMATE, RATE_WITHOUT_COUNTS, EXACT -> number(figure.value(), style);
        };
        return new Printed(number, mark(figure));
    }

    /** The marks that follow a figure's number: empty when none. */
    private static String mark(Figure figure) {
        String mark = switch (figure.flag()) {
            case APPROXIMATE -> APPROXIMATE_MARK;
            case RATE_WITHOUT_COUNTS -> RATE_WITHOUT_COUNTS_MARK;
            case NOT_REPORTED, NOT_APPLICABLE, EXACT -> "";
        };
        return figure.partial() ? mark + LEAVES_OUT_TOWNSHIPS_MARK : mark;
    }

    public static String number(BigDecimal value, NumberStyle style) {
        return FORMATS.get().computeIfAbsent(style.excelPattern(), FigureFormat::decimalFormat).format(value);
    }

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Marks the excel cell format with the figure's trailing mark, so the cell stays a number. */
    public static String excelPattern(Figure figure, NumberStyle style) {
        String mark = mark(figure);
        return mark.isEmpty() ? style.excelPattern() : style.excelPattern() + "\"" + mark + "\"";
    }
}
