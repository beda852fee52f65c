package cn.justice.yearbook.validate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RateArithmeticTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void acceptsTheRatesTheRealReportsGot() {
        assertThat(RateArithmetic.agrees(d("99.3"), d("403"), d("406"))).isTrue();  // 403/406 = 99.26%
        assertThat(RateArithmetic.agrees(d("85"), d("34"), d("40"))).isTrue();
        assertThat(RateArithmetic.agrees(d("100"), d("53"), d("53"))).isTrue();
    }

    @Test
    void refusesARateItsCountsDoNotGive() {
        assertThat(RateArithmetic.agrees(d("99.5"), d("403"), d("406"))).isFalse();
        assertThat(RateArithmetic.agrees(d("90"), d("34"), d("40"))).isFalse();
    }

    @Test
    void knowsThatFiftyThreeCasesCannotGiveNinetyEightPointEightPercent() {
        assertThat(RateArithmetic.reachable(d("98.8"), 53)).isFalse();
        assertThat(RateArithmetic.reachable(d("98.1"), 53)).isTrue();
        assertThat(RateArithmetic.reachable(d("100"), 53)).isTrue();
        assertThat(RateArithmetic.reachable(d("85"), 40)).isTrue();
        assertThat(RateArithmetic.nearest(d("98.8"), 53)).isEqualTo("52/53=98.1%、53/53=100.0%");
    }

    @Test
    void roundsHalfUpAsStatisticsOfficesDo() {
        // 1/8 = 12.5% → 13% with no decimals
        assertThat(RateArithmetic.agrees(d("13"), d("1"), d("8"))).isTrue();
        assertThat(RateArithmetic.agrees(d("12"), d("1"), d("8"))).isFalse();
    }
}
