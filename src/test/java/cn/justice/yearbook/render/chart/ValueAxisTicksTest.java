package cn.justice.yearbook.render.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueAxisTicksTest {

    @Test
    void aCountAxisWithSmallCountsTicksAtWholeNumbersOnly() {
        List<Bar> bars = List.of(new Bar("城东街道", 3, false), new Bar("渠南街道", 3, false), new Bar("白石镇", 2, false),
                new Bar("云溪镇", 1, false), new Bar("青山镇", 0, false));
        JFreeChart chart = TownshipComparisonChart.create(new ChartLook(new Font(Font.SANS_SERIF, Font.PLAIN, 10)), bars,
                "件", 1.3, "全县平均 1.3件", false, new DecimalFormat("0"));

        List<String> labels = tickLabels(chart);

        assertThat(labels).isNotEmpty().doesNotHaveDuplicates().contains("0", "1", "2", "3");
    }

    @Test
    void aDecimalAxisKeepsItsFractionalTicks() {
        List<Bar> bars = List.of(new Bar("城东街道", 1.5, false), new Bar("白石镇", 0.4, false));
        JFreeChart chart = TownshipComparisonChart.create(new ChartLook(new Font(Font.SANS_SERIF, Font.PLAIN, 10)), bars,
                "万元", null, null, false, new DecimalFormat("0.0"));

        assertThat(tickLabels(chart)).doesNotHaveDuplicates().anyMatch(label -> label.endsWith(".5"));
    }

    /** The value axis's tick labels as drawn at the chart's size in the yearbook. */
    private static List<String> tickLabels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Rectangle2D area = new Rectangle2D.Double(0, 0, 480, 300);
        chart.draw(graphics, area);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        List<?> ticks = axis.refreshTicks(graphics, new org.jfree.chart.axis.AxisState(), area,
                chart.getCategoryPlot().getRangeAxisEdge());
        graphics.dispose();
        return ticks.stream().map(t -> (NumberTick) t).filter(t -> t.getTickType() == TickType.MAJOR).map(NumberTick::getText).toList();
    }
}
