package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.SampleYearbook;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.Yearbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearbookTablesTest {

    private final Yearbook yearbook = new SampleYearbook().yearbook();

    @Test
    void numbersChaptersFromTheSummaryThenOnePerCategory() {
        List<ChapterTables> chapters = new YearbookTables(7).plan(yearbook);

        assertThat(chapters).hasSize(12);
        assertThat(chapters.get(0).tables()).extracting(StatTable::number).containsExactly("表1-1", "表1-2");
        assertThat(chapters.get(5).title()).isEqualTo("矛盾纠纷化解");
        assertThat(chapters.get(5).tables()).extracting(StatTable::number).containsExactly("表6-1", "表6-2");
        assertThat(chapters.get(5).tables().get(1).title()).isEqualTo("2025年各乡镇（街道）人民调解受理矛盾纠纷件数位次");
    }

    @Test
    void splitsAWideCategoryIntoTablesOfNearlyEqualWidth() {
        List<StatTable> mediation = new YearbookTables(3).plan(yearbook).get(5).tables().stream()
                .filter(t -> t.title().contains("矛盾纠纷化解情况")).toList();

        assertThat(mediation).extracting(t -> t.columns().size()).containsExactly(2, 2, 3);
        assertThat(mediation).extracting(StatTable::title)
                .allMatch(title -> title.startsWith("2025年各乡镇（街道）矛盾纠纷化解情况（"));
        assertThat(mediation).allSatisfy(table -> {
            assertThat(table.rows()).hasSize(15);
            assertThat(table.rows().get(0).kind()).isEqualTo(Row.Kind.TOTAL);
        });
    }

    @Test
    void usesAUnitsLineOnlyWhenAllColumnsShareTheUnit() {
        List<ChapterTables> chapters = new YearbookTables(7).plan(yearbook);
        StatTable leadership = chapters.get(1).tables().get(0);
        StatTable mediation = chapters.get(5).tables().get(0);

        assertThat(leadership.unitLine()).isEqualTo("单位：次");
        assertThat(leadership.columns()).allMatch(c -> c.unit() == null);
        assertThat(mediation.unitLine()).isNull();
        assertThat(mediation.columns()).extracting(StatTable.Column::headingWithUnit).contains("调解成功率\n（%）");
    }

    @Test
    void explainsOnlyTheMarksATableUses() {
        List<ChapterTables> chapters = new YearbookTables(7).plan(yearbook);
        List<String> leadership = chapters.get(1).tables().get(0).notes();
        List<String> mediation = chapters.get(5).tables().get(0).notes();

        assertThat(mediation).anyMatch(n -> n.contains("调解成功件数合计 ÷ 人民调解受理矛盾纠纷件数合计"))
                .anyMatch(n -> n.contains("标“#”"))
                .anyMatch(n -> n.contains("未报送或未采用：桃源乡、清水乡、凤鸣乡"));
        assertThat(leadership).noneMatch(n -> n.contains("#") || n.contains("*"));
    }

    @Test
    void comparesWithLastYearInPointsForRatesAndPercentForCounts() {
        Figure now = Figure.of(new BigDecimal("96.2"));
        Figure before = Figure.of(new BigDecimal("90.0"));
        Row rate = YearOverYear.row(yearbook.indicator("MED_SUCCESS_RATE").orElseThrow(), SampleYearbook.YEAR);

        assertThat(now.minus(before).value()).isEqualByComparingTo("6.2");
        assertThat(Figure.of(120).percentChangeFrom(Figure.of(100)).value()).isEqualByComparingTo("20");
        assertThat(Figure.of(5).percentChangeFrom(Figure.of(0)).flag()).isEqualTo(Figure.Flag.NOT_APPLICABLE);
        assertThat(Figure.approximate(BigDecimal.TEN).minus(Figure.of(8)).flag())
                .isEqualTo(Figure.Flag.APPROXIMATE);
        assertThat(((Cell.Number) rate.cells().get(3)).style()).isEqualTo(NumberStyle.POINTS);
        assertThat(((Cell.Number) rate.cells().get(4)).figure().flag()).isEqualTo(Figure.Flag.NOT_APPLICABLE);
    }

    @Test
    void printsFiguresWithTheSymbolsTheNotesExplain() {
        assertThat(FigureFormat.print(Figure.of(1234567), NumberStyle.COUNT).text()).isEqualTo("1,234,567");
        assertThat(FigureFormat.print(Figure.of(new BigDecimal("96.25")), NumberStyle.PERCENT).text()).isEqualTo("96.3");
        assertThat(FigureFormat.print(Figure.of(new BigDecimal("100")), NumberStyle.PERCENT).text()).isEqualTo("100.0");
        assertThat(FigureFormat.print(Figure.approximate(BigDecimal.valueOf(2000)), NumberStyle.COUNT).text()).isEqualTo("2,000*");
        assertThat(FigureFormat.print(Figure.notReported(), NumberStyle.COUNT).text()).isEqualTo("…");
        assertThat(FigureFormat.print(Figure.notApplicable(), NumberStyle.PERCENT).text()).isEqualTo("—");
    }
}
