package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.finding.Severity;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueLoaderTest {

    private static final String HEADER = String.join(",", CatalogueLoader.COLUMNS) + "\n";

    @Test
    void theShippedCatalogueKeepsItsFiftyCodesInElevenCategories() {
        Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");
        assertThat(catalogue.size()).isEqualTo(50);
        assertThat(catalogue.categories()).hasSize(11).startsWith("组织领导");
        Indicator rate = catalogue.get("MED_SUCCESS_RATE");
        assertThat(rate.isRatio()).isTrue();
        assertThat(rate.numeratorCode()).isEqualTo("MED_SUCCESS");
        assertThat(catalogue.matchLabel("调解成功率（％）")).contains(rate);
        assertThat(catalogue.matchLabel("  1、调解成功率 ")).contains(rate);
        assertThat(catalogue.checks()).anySatisfy(check -> {
            assertThat(check.expression()).isEqualTo("MED_MEDIATORS >= 3 * MED_COMMITTEES");
            assertThat(check.severity()).isEqualTo(Severity.WARNING);
            assertThat(check.codes()).containsExactly("MED_MEDIATORS", "MED_COMMITTEES");
        });
        assertThat(catalogue.categories()).allSatisfy(category ->
                assertThat(catalogue.inCategory(category)).filteredOn(Indicator::key).hasSize(1));
    }

    @Test
    void refusesACheckNamingAnUnknownIndicator() {
        String csv = HEADER + "A,甲,,类,件,count,,,,yes,no,0.5,error: A <= B,\n";
        assertThatThrownBy(() -> CatalogueLoader.parse(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogueException.class).hasMessage("指标目录 test.csv 第 2 行：审核规则「A <= B」引用了目录中没有的指标 B。");
    }

    @Test
    void refusesARateWhoseDenominatorIsMissing() {
        String csv = HEADER + "R,率,,类,%,percent,,A,B,no,no,,,\nA,甲,,类,件,count,,,,no,no,,,\n";
        assertThatThrownBy(() -> CatalogueLoader.parse(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogueException.class).hasMessage("指标目录 test.csv：指标 R 的分子或分母 B 是目录中没有的指标。");
    }

    @Test
    void refusesTwoIndicatorsAWorkbookRowCouldNotTellApart() {
        String csv = HEADER + "A,调解件数,,类,件,count,,,,no,no,,,\nB,调解数,调解件数,类,件,count,,,,no,no,,,\n";
        assertThatThrownBy(() -> CatalogueLoader.parse(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("调解件数");
    }

    @Test
    void refusesAnUnknownType() {
        String csv = HEADER + "A,甲,,类,件,number,,,,no,no,,,\n";
        assertThatThrownBy(() -> CatalogueLoader.parse(new StringReader(csv), "test.csv"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("第 2 行").hasMessageContaining("type「number」应为 count、percent、amount 之一");
    }

    @Test
    void namesAMissingCatalogueFileInChinese() {
        assertThatThrownBy(() -> CatalogueLoader.load("/nonexistent/指标目录.csv"))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("找不到指标目录文件 /nonexistent/指标目录.csv。请检查 --catalogue 参数或 yearbook.catalogue 设置给出的路径。");
    }
}
