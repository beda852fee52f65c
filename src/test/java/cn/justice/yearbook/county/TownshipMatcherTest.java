package cn.justice.yearbook.county;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TownshipMatcherTest {

    private final County county = new County("云溪县", "云溪县司法局", List.of(
            new Township("渠南街道", List.of("渠南街道办事处")),
            new Township("云溪镇", List.of()),
            new Township("城东街道", List.of("城东办"))));
    private final TownshipMatcher matcher = TownshipMatcher.of(county);

    @Test
    void matchesNamesAliasesAndShortNames() {
        assertThat(matcher.match("渠南街道").map(Township::name)).contains("渠南街道");
        assertThat(matcher.match(" 渠南街道办事处 ").map(Township::name)).contains("渠南街道");
        assertThat(matcher.match("渠南").map(Township::name)).contains("渠南街道");
        assertThat(matcher.match("渠南街道司法所").map(Township::name)).contains("渠南街道");
        assertThat(matcher.match("云溪镇人民政府").map(Township::name)).contains("云溪镇");
        assertThat(matcher.match("城东办").map(Township::name)).contains("城东街道");
    }

    @Test
    void doesNotTakeTheCountyNameForATownship() {
        assertThat(matcher.findIn("云溪县2025年度法治政府建设统计表")).isEmpty();
        assertThat(matcher.findIn("云溪县云溪镇2025年度法治政府建设统计表").map(Township::name)).contains("云溪镇");
        assertThat(matcher.findIn("2025年渠南街道办事处报表").map(Township::name)).contains("渠南街道");
    }

    @Test
    void findsNothingWhenTwoTownshipsAreNamed() {
        assertThat(matcher.findIn("渠南街道、城东街道合报")).isEmpty();
    }

    @Test
    void refusesACountyFileWhereOneNameFitsTwoTownships() {
        County ambiguous = new County("云溪县", "局", List.of(new Township("青山镇", List.of()), new Township("青山乡", List.of())));
        assertThatThrownBy(() -> TownshipMatcher.of(ambiguous)).isInstanceOf(CountyException.class)
                .hasMessage("「云溪县」中，名称「青山」既可指青山镇，也可指青山乡，无法区分；请给它们不同的别名（aliases）。");
    }
}
