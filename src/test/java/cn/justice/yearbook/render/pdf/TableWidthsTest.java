package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.NumberStyle;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TableWidthsTest {

    private static final float PAGE = 453;
    /** Five points a character and the cell's padding: near enough to the figures face at 9 pt. */
    private static final TableWidths.NumberWidth WIDTH = (number, row) ->
            FigureFormat.print(number.figure(), number.style()).text().length() * 5f + TableCells.BODY_PADDING;

    @Test
    void givesEachNumberColumnAnEvenShareWhenItsNumbersFit() {
        float[] widths = TableWidths.of(table(1_234, 5), PAGE, WIDTH);

        assertThat(IntStream.range(2, widths.length).mapToObj(i -> widths[i]).distinct()).hasSize(1);
        assertThat(TableWidths.total(widths)).isLessThanOrEqualTo(PAGE + 0.01f);
    }

    @Test
    void keepsEveryNumberWholeAndTheTableWithinThePage() {
        StatTable table = table(30_194_280, 5);
        float[] widths = TableWidths.of(table, PAGE, WIDTH);

        for (int column = 1; column < table.columns().size(); column++) {
            float widest = widest(table, column);
            assertThat(widths[column + 1]).as("column %d", column).isGreaterThanOrEqualTo(widest - 0.01f);
        }
        assertThat(TableWidths.total(widths)).isCloseTo(PAGE, within(0.01f));
        assertThat(widths[0]).as("the stub keeps most of its room").isGreaterThan(PAGE / 4);
    }

    @Test
    void neverSetsATableWiderThanThePageEvenWhenItsNumbersCannotAllFit() {
        float[] widths = TableWidths.of(table(1_234_567_890_123L, 9), PAGE, WIDTH);

        assertThat(TableWidths.total(widths)).isCloseTo(PAGE, within(0.01f));
    }

    @Test
    void narrowsEachNumberColumnDownToItsNumbersAndNoFurtherWhenOneNeedsMuchMore() {
        StatTable table = table(1_234_567_890_123L, 8, 99_999);
        float[] widths = TableWidths.of(table, PAGE, WIDTH);

        for (int column = 1; column < table.columns().size(); column++) {
            assertThat(widths[column + 1]).as("column %d", column).isCloseTo(widest(table, column), within(0.01f));
        }
        assertThat(widths[0]).as("the stub and the unit alike").isCloseTo(widths[1], within(0.01f));
        assertThat(TableWidths.total(widths)).isCloseTo(PAGE, within(0.01f));
    }

    private static StatTable table(long large, int numberColumns) {
        return table(large, numberColumns, 0);
    }

    /**
     * 表1-2's shape: indicator, unit, then number columns. The first holds the large figure, approximate; the others a
     * share of it, or {@code small} where given.
     */
    private static StatTable table(long large, int numberColumns, long small) {
        List<StatTable.Column> columns = new ArrayList<>(List.of(new StatTable.Column("单位", null)));
        IntStream.range(0, numberColumns).forEach(i -> columns.add(new StatTable.Column("栏" + i, null)));
        List<Row> rows = new ArrayList<>();
        for (String label : List.of("领导干部（理论学习中心组）专题学法次数", "发放普法宣传资料份数", "青少年（校园）法治教育活动次数")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text("份")));
            for (int i = 0; i < numberColumns; i++) {
                Figure figure = label.startsWith("发放") && i == 0 ? Figure.approximate(java.math.BigDecimal.valueOf(large))
                        : Figure.of(!label.startsWith("发放") ? 100 + i : small > 0 ? small : large / (i + 1));
                cells.add(Cell.number(figure, NumberStyle.COUNT));
            }
            rows.add(Row.data(label, cells));
        }
        return new StatTable("表1-2", "全市各项统计指标", null, "指标", columns, rows, List.of());
    }

    private static float widest(StatTable table, int column) {
        float widest = 0;
        for (Row row : table.rows()) {
            widest = Math.max(widest, WIDTH.of((Cell.Number) row.cells().get(column), row));
        }
        return widest;
    }
}
