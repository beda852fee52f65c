package cn.justice.yearbook.county;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountyLocatorTest {

    private final County jia = new County("甲县", "甲县司法局",
            List.of(new Township("城东街道", List.of()), new Township("青山镇", List.of())), List.of("甲"));
    private final County yi = new County("乙县", "乙县司法局",
            List.of(new Township("城东街道", List.of()), new Township("龙潭镇", List.of("龙潭"))), List.of());
    private final CountyLocator locator = new CountyLocator(new Region("示例市", "示例市司法局", List.of(jia, yi), true));

    @Test
    void aFolderNamedAfterACountyOrItsAliasPlacesTheFile() {
        assertThat(locator.place("甲县/2025/城东街道.xlsx").county()).isEqualTo(jia);
        assertThat(locator.place("2025/甲/城东街道.xlsx").county()).isEqualTo(jia);
        assertThat(locator.place("乙县/城东街道.xlsx").county()).isEqualTo(yi);
    }

    @Test
    void aFileNameNamingOneCountyPlacesIt() {
        assertThat(locator.place("2025/乙县城东街道2025年报表.xlsx").county()).isEqualTo(yi);
    }

    @Test
    void otherwiseOnlyATownshipNoOtherCountyHasTellsTheCounty() {
        CountyLocator.Placement placement = locator.place("2025/龙潭镇.xlsx");

        assertThat(placement.county()).isNull();
        Township longtan = placement.townships().match("龙潭").orElseThrow();
        assertThat(placement.countyOf(longtan, locator)).contains(yi);
        assertThat(placement.townships().match("城东街道")).isEmpty(); // two counties have one
    }

    @Test
    void aSingleCountyFilePlacesEveryFileInItsCounty() {
        CountyLocator single = new CountyLocator(Region.of(jia));

        assertThat(single.place("2025/whatever.xlsx").county()).isEqualTo(jia);
        assertThat(single.place("2025/whatever.xlsx").townships().match("城东街道")).isPresent();
    }
}
