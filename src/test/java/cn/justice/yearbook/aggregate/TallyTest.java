package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prefecture's roll-up adds up its counties' tallies instead of keeping every township's facts: the figures must
 * be those of summing over every township directly, to the digit and the flag.
 */
class TallyTest {

    private final Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");

    @Test
    void countiesTalliesAddUpToTheFiguresOfEveryTownshipTogether() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            Map<String, Map<String, Map<String, Fact>>> counties = new LinkedHashMap<>();
            Map<String, Map<String, Fact>> everyTownship = new HashMap<>();
            int countyCount = 1 + random.nextInt(12);
            for (int c = 0; c < countyCount; c++) {
                Map<String, Map<String, Fact>> townships = new HashMap<>();
                for (int t = random.nextInt(8); t > 0; t--) { // some counties have no township reporting
                    Map<String, Fact> facts = randomFacts(random);
                    townships.put("镇" + t, facts);
                    everyTownship.put("县" + c + "|镇" + t, facts);
                }
                counties.put("县" + c, townships);
            }
            for (Indicator indicator : catalogue.indicators()) {
                Tally sum = Tally.NONE;
                for (Map<String, Map<String, Fact>> townships : counties.values()) {
                    sum = sum.plus(FigureArithmetic.tally(indicator, townships));
                }
                Figure direct = FigureArithmetic.county(indicator, everyTownship);
                assertThat(sum.figure(indicator)).as("%s, round %d", indicator.code(), round).isEqualTo(direct);
                long behind = everyTownship.values().stream().filter(facts -> indicator.isRatio()
                        ? facts.containsKey(indicator.numeratorCode()) && facts.containsKey(indicator.denominatorCode())
                        : indicator.isAdditive() && facts.containsKey(indicator.code())).count();
                assertThat(sum.townships()).as("townships behind %s, round %d", indicator.code(), round).isEqualTo(behind);
                if (indicator.isRatio()) {
                    assertThat(direct).as("%s, round %d", indicator.code(), round).isEqualTo(ratioOfSums(indicator, everyTownship));
                }
            }
        }
    }

    private Map<String, Fact> randomFacts(Random random) {
        Map<String, Fact> facts = new HashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (random.nextInt(10) < 8) {
                BigDecimal number = BigDecimal.valueOf(random.nextInt(5_000), random.nextInt(3)).stripTrailingZeros();
                facts.put(indicator.code(), new Fact(number, random.nextInt(10) == 0));
            }
        }
        return facts;
    }

    /** The rule written out: summed numerators over summed denominators of the townships that gave both. */
    private static Figure ratioOfSums(Indicator indicator, Map<String, Map<String, Fact>> townships) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        boolean approximate = false;
        boolean any = false;
        for (Map<String, Fact> facts : townships.values()) {
            Fact n = facts.get(indicator.numeratorCode());
            Fact d = facts.get(indicator.denominatorCode());
            if (n != null && d != null) {
                numerator = numerator.add(n.number());
                denominator = denominator.add(d.number());
                approximate |= n.approximate() || d.approximate();
                any = true;
            }
        }
        if (!any) {
            return Figure.notReported();
        }
        if (denominator.signum() == 0) {
            return Figure.notApplicable();
        }
        BigDecimal rate = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP);
        return approximate ? Figure.approximate(rate) : Figure.of(rate);
    }
}
