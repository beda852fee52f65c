package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A workbook's number formats, and a number cell read through them the way both readers show it: percent
 * and date formats told apart, the display as Excel would show it ({@link DataFormatter}). One per workbook.
 */
final class NumberFormats {

    private final Map<Integer, String> custom;
    private final int[] formatOfStyle;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();
    private final Map<Integer, String> dateFormatTexts = new HashMap<>();
    /**
     * Building a formatter costs more than formatting a workbook's numbers, and one is not safe to share:
     * one per thread, replaced now and then, as it keeps every format it has seen.
     */
    private static final ThreadLocal<Formatter> FORMATTERS = ThreadLocal.withInitial(Formatter::new);
    private static final int USES_PER_FORMATTER = 100_000;

    /**
     * @param custom        the workbook's own formats by id
     * @param formatOfStyle the format id of each cell style (xf), by style index
     */
    NumberFormats(Map<Integer, String> custom, int[] formatOfStyle, boolean date1904) {
        this.custom = custom;
        this.formatOfStyle = formatOfStyle;
        this.date1904 = date1904;
    }

    /** For cells whose format POI has already looked up: no workbook styles, only the date system. */
    static NumberFormats forPoiCells(boolean date1904) {
        return new NumberFormats(Map.of(), new int[0], date1904);
    }

    /** A number in the cell style of that index; an index without a style reads as General, as in POI. */
    CellContent number(double value, int style) {
        if (style < 0 || style >= formatOfStyle.length) {
            return number(value, 0, "General");
        }
        int id = formatOfStyle[style];
        String format = custom.get(id);
        return number(value, id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
    }

    /** A whole number in the General format, as most counts in a report are: shown as its digits, as Excel does. */
    static boolean isPlainWholeNumber(double value, String format) {
        return "General".equals(format) && value == Math.rint(value) && Math.abs(value) < 1e11;
    }

    private static DataFormatter formatter() {
        Formatter shared = FORMATTERS.get();
        if (++shared.uses > USES_PER_FORMATTER) {
            shared = new Formatter();
            FORMATTERS.set(shared);
        }
        return shared.formatter;
    }

    private static final class Formatter {
        final DataFormatter formatter = new DataFormatter(Locale.CHINA);
        int uses;
    }

    /** POI's verdict, kept per format of the workbook: it runs patterns over the format each time. */
    private boolean isDateFormat(int formatIndex, String format) {
        Boolean known = dateFormats.get(formatIndex);
        if (known == null || !Objects.equals(format, dateFormatTexts.get(formatIndex))) {
            known = DateUtil.isADateFormat(formatIndex, format);
            dateFormats.put(formatIndex, known);
            dateFormatTexts.put(formatIndex, format);
        }
        return known;
    }

    CellContent number(double value, int formatIndex, String format) {
        if (isPlainWholeNumber(value, format)) {
            return CellContent.number(value, false, false, Long.toString((long) value));
        }
        boolean percent = format != null && format.contains("%");
        boolean date = isDateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value);
        String display;
        try {
            display = formatter().formatRawCellContents(value, formatIndex, format, date1904);
        } catch (RuntimeException e) {
            display = ValueParser.plain(value);
        }
        return CellContent.number(value, percent, date, display);
    }
}
