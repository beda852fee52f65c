package cn.justice.yearbook.ingest;

import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.finding.Rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser for numbers typed by people: 「40件」, 「85%」, 0.85 in a percent cell, 「４０」, 「2,000」,
 * 「2万」, 「2000余」, 「三十」, 「无」. Blank and 「—」 mean not reported; 「0」 and 「无」 mean zero.
 */
public final class ValueParser {

    private static final Set<String> NOT_REPORTED = Set.of("-", "--", "—", "——", "–", "/", "\\", "…", "...",
            "未填报", "未统计", "不适用", "暂无数据", "无数据", "空");
    private static final Set<String> ZERO = Set.of("无", "没有", "零", "〇", "无此项");
    private static final String QUALIFIER_BEFORE = "(约|近|大约|逾|超过|共计|共|累计|合计)?";
    private static final String QUALIFIER_AFTER = "(余|多|以上|左右|\\+)?";
    private static final Pattern VALUE = Pattern.compile(
            "^" + QUALIFIER_BEFORE
                    + "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+|[零〇一二两三四五六七八九十百千]+)"
                    + "(万|千)?" + QUALIFIER_AFTER
                    + "([\\p{IsHan}a-zA-Z%]*?)" + QUALIFIER_AFTER + "$");
    private static final Pattern HAN_UNIT = Pattern.compile("[\\p{IsHan}]{1,4}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext SIGNIFICANT = new MathContext(12);
    /** Whole numbers below this have at most {@link #SIGNIFICANT} digits: rounding leaves them alone. */
    private static final double WHOLE_WITHOUT_ROUNDING = 1e12;

    private ValueParser() {
    }

    public static ParsedValue parse(CellContent cell, IndicatorType type) {
        return switch (cell.kind()) {
            case BLANK -> ParsedValue.missing();
            case BOOLEAN -> ParsedValue.invalid(Rule.VALUE_BOOLEAN);
            case ERROR -> ParsedValue.invalid(Rule.VALUE_FORMULA_ERROR);
            case NUMBER -> fromNumber(cell, type);
            case TEXT -> fromText(cell.text(), type);
        };
    }

    private static ParsedValue fromNumber(CellContent cell, IndicatorType type) {
        if (cell.dateFormat()) {
            return ParsedValue.invalid(Rule.VALUE_DATE);
        }
        BigDecimal number = decimal(cell.number());
        if (type == IndicatorType.PERCENT) {
            if (cell.percentFormat()) {
                return ParsedValue.of(clean(number.multiply(HUNDRED)), false, "%", false);
            }
            if (looksLikeFraction(number)) {
                return ParsedValue.of(clean(number.multiply(HUNDRED)), false, null, true);
            }
        }
        return ParsedValue.of(number, false, null, false);
    }

    private static ParsedValue fromText(String raw, IndicatorType type) {
        String text = Labels.withoutSpaces(Labels.halfWidth(raw));
        if (text.isEmpty() || NOT_REPORTED.contains(text)) {
            return ParsedValue.missing();
        }
        if (ZERO.contains(text)) {
            return ParsedValue.of(BigDecimal.ZERO, false, null, false);
        }
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            return ParsedValue.invalid(Rule.VALUE_NOT_A_NUMBER);
        }
        BigDecimal number = digits(m.group(2));
        if (number == null) {
            return ParsedValue.invalid(Rule.VALUE_NOT_A_NUMBER);
        }
        if ("万".equals(m.group(3))) {
            number = number.multiply(BigDecimal.valueOf(10_000));
        } else if ("千".equals(m.group(3))) {
            number = number.multiply(BigDecimal.valueOf(1_000));
        }
        boolean approximate = m.group(1) != null || m.group(4) != null || m.group(6) != null;
        String unit = m.group(5).isEmpty() ? null : m.group(5);
        boolean percentSign = unit != null && unit.startsWith("%");
        if (percentSign && unit.length() > 1) {
            return ParsedValue.invalid(Rule.VALUE_NOT_A_NUMBER);
        }
        if (unit != null && !percentSign && !HAN_UNIT.matcher(unit).matches()) {
            return ParsedValue.invalid(Rule.VALUE_NOT_A_NUMBER);
        }
        if (type == IndicatorType.PERCENT && !percentSign && unit == null && looksLikeFraction(number)) {
            return ParsedValue.of(clean(number.multiply(HUNDRED)), approximate, null, true);
        }
        if (type != IndicatorType.PERCENT && percentSign) {
            return ParsedValue.invalid(Rule.PERCENT_FOR_COUNT);
        }
        return ParsedValue.of(clean(number), approximate, unit, false);
    }

    private static BigDecimal digits(String text) {
        if (!text.isEmpty() && ChineseNumerals.isNumeral(text.charAt(0))) {
            OptionalLong value = ChineseNumerals.parse(text);
            return value.isPresent() ? BigDecimal.valueOf(value.getAsLong()) : null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /** 0 < x < 1 in a rate means someone typed 0.85 for 85%; exactly 0 or 1 are left alone. */
    private static boolean looksLikeFraction(BigDecimal number) {
        return number.signum() > 0 && number.compareTo(BigDecimal.ONE) < 0;
    }

    /** The decimal a person typed, without binary floating-point noise (0.1 + 0.2 → 0.3). */
    static BigDecimal decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_WITHOUT_ROUNDING) {
            return BigDecimal.valueOf((long) value); // what the general way gives for a count, without its detour
        }
        return clean(new BigDecimal(Double.toString(value)).round(SIGNIFICANT));
    }

    private static BigDecimal clean(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number as a person would write it: no exponent, no trailing zeros. */
    public static String plain(double value) {
        return decimal(value).toPlainString();
    }
}
