package cn.justice.yearbook.ingest;

import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.finding.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParserTest {

    private static ParsedValue text(String typed, IndicatorType type) {
        return ValueParser.parse(CellContent.text(typed), type);
    }

    @ParameterizedTest(name = "「{0}」 is {1}, approximate={2}, unit={3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "40件      | 40    | false | 件",
            "４０      | 40    | false | null",
            "2,000     | 2000  | false | null",
            "2，000份  | 2000  | false | 份",
            "2万       | 20000 | false | null",
            "2万余份   | 20000 | true  | 份",
            "1.5万     | 15000 | false | null",
            "2000余    | 2000  | true  | null",
            "50余场次  | 50    | true  | 场次",
            "约300人次 | 300   | true  | 人次",
            "40多件    | 40    | true  | 件",
            "30以上    | 30    | true  | null",
            "三十五    | 35    | false | null",
            "两        | 2     | false | null",
            "一百零八件| 108   | false | 件",
            "无        | 0     | false | null",
            "0         | 0     | false | null",
            "-3        | -3    | false | null",
            " 17 场次  | 17    | false | 场次",
    })
    void readsCountsAsPeopleTypeThem(String typed, String number, boolean approximate, String unit) {
        ParsedValue value = text(typed, IndicatorType.COUNT);
        assertThat(value.status()).isEqualTo(ParsedValue.Status.VALUE);
        assertThat(value.number()).isEqualByComparingTo(number);
        assertThat(value.approximate()).isEqualTo(approximate);
        assertThat(value.unitText()).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"85%|85", "98.8％|98.8", "100%|100", "99.3 %|99.3"})
    void readsTypedPercents(String typed, String number) {
        ParsedValue value = text(typed, IndicatorType.PERCENT);
        assertThat(value.number()).isEqualByComparingTo(number);
        assertThat(value.fractionScaled()).isFalse();
    }

    @Test
    void readsAFractionInAPercentFormattedCellAsPercent() {
        ParsedValue value = ValueParser.parse(CellContent.number(0.85, true, false, "85.0%"), IndicatorType.PERCENT);
        assertThat(value.number()).isEqualByComparingTo("85");
        assertThat(value.fractionScaled()).isFalse();
    }

    @Test
    void keepsTheDecimalsPeopleTypedWithoutFloatingPointNoise() {
        ParsedValue value = ValueParser.parse(CellContent.number(0.988, true, false, "98.8%"), IndicatorType.PERCENT);
        assertThat(value.number()).isEqualTo(new BigDecimal("98.8"));
    }

    @Test
    void readsAFractionTypedIntoAPlainCellAsPercentButSaysSo() {
        ParsedValue value = ValueParser.parse(CellContent.number(0.85), IndicatorType.PERCENT);
        assertThat(value.number()).isEqualByComparingTo("85");
        assertThat(value.fractionScaled()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"''", "—", "-", "/", "未填报", "…"})
    void treatsBlankAndDashesAsNotReported(String typed) {
        assertThat(text(typed, IndicatorType.COUNT).status()).isEqualTo(ParsedValue.Status.MISSING);
        assertThat(ValueParser.parse(CellContent.blank(), IndicatorType.COUNT).status()).isEqualTo(ParsedValue.Status.MISSING);
    }

    @ParameterizedTest
    @CsvSource({"见附件", "40件(其中10件为信访)", "若干", "1-3", "'2,5'"})
    void refusesTextThatIsNotANumber(String typed) {
        ParsedValue value = text(typed, IndicatorType.COUNT);
        assertThat(value.status()).isEqualTo(ParsedValue.Status.INVALID);
        assertThat(value.problem()).isEqualTo(Rule.VALUE_NOT_A_NUMBER);
    }

    @Test
    void refusesAPercentWhereACountBelongs() {
        assertThat(text("85%", IndicatorType.COUNT).problem()).isEqualTo(Rule.PERCENT_FOR_COUNT);
    }

    @Test
    void refusesDatesBooleansAndFormulaErrors() {
        assertThat(ValueParser.parse(CellContent.number(45000, false, true, "2023-03-15"), IndicatorType.COUNT).problem())
                .isEqualTo(Rule.VALUE_DATE);
        assertThat(ValueParser.parse(CellContent.bool(true), IndicatorType.COUNT).problem()).isEqualTo(Rule.VALUE_BOOLEAN);
        assertThat(ValueParser.parse(CellContent.error("#DIV/0!"), IndicatorType.PERCENT).problem())
                .isEqualTo(Rule.VALUE_FORMULA_ERROR);
    }

    @Test
    void wholeNumbersComeOutAsTheyWouldByWayOfTheirDecimalText() {
        java.math.MathContext twelveDigits = new java.math.MathContext(12);
        double[] samples = {0, -0.0, 1, -1, 7, 40, 100, 2000, 123456, 1e11, 999_999_999_999d, 1e12, 1e15, -5e11, 1234567890123d};
        for (double value : samples) {
            BigDecimal general = new BigDecimal(Double.toString(value)).round(twelveDigits).stripTrailingZeros();
            BigDecimal expected = general.scale() < 0 ? general.setScale(0) : general;
            BigDecimal actual = ValueParser.decimal(value);
            assertThat(actual).as("%s", value).isEqualTo(expected); // equals: same unscaled value and scale
            assertThat(actual.toPlainString()).isEqualTo(expected.toPlainString());
        }
    }
}
