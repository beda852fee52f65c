package cn.justice.yearbook.render.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

/**
 * Townships side by side on one indicator: horizontal bars, largest on top, with a marker line at
 * the county average (counts) or the county rate (rates, on a fixed 0–100 axis).
 */
public final class TownshipComparisonChart {

    private TownshipComparisonChart() {
    }

    /**
     * @param axisLabel   the value axis label (the unit)
     * @param marker      where the county line goes, or null for none
     * @param markerLabel the key to the line, printed under the chart, e.g. 全县平均 12.3
     * @param percent     a rate: the axis runs from 0 to 100
     */
    public static JFreeChart create(ChartLook look, List<Bar> bars, String axisLabel, Double marker,
                                    String markerLabel, boolean percent, NumberFormat format) {
        return create(look, bars, axisLabel, marker, markerLabel, percent, format, null);
    }

    /**
     * The same, for one part of a comparison too long for a page: {@code largest} is the largest value of all the
     * parts, so that every part is drawn on the same axis (a rate's axis is 0–100 anyway).
     */
    public static JFreeChart create(ChartLook look, List<Bar> bars, String axisLabel, Double marker,
                                    String markerLabel, boolean percent, NumberFormat format, Double largest) {
        List<Bar> sorted = bars.stream().sorted(Comparator.comparingDouble(Bar::value).reversed()).toList();
        BarRenderer renderer = new MutedBarRenderer(sorted);
        JFreeChart chart = look.barChart(sorted, axisLabel, PlotOrientation.HORIZONTAL, renderer, 0.7);
        CategoryPlot plot = chart.getCategoryPlot();
        look.valueLabels(renderer, format, percent,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT),
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        look.valueAxis(values, percent, format);
        if (largest != null && largest > 0 && !percent) {
            values.setRange(0, largest * (1 + values.getUpperMargin())); // where the axis of all the bars would end
        }
        CategoryAxis categories = plot.getDomainAxis();
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setAxisLineVisible(false);
        // names up to half the plot wide before they are cut short (JFreeChart's default is 30 %): a county such as
        // 双江拉祜族佤族布朗族傣族自治县 keeps its whole name; shorter names take only the room they need
        categories.setCategoryLabelPositions(CategoryLabelPositions.replaceLeftPosition(categories.getCategoryLabelPositions(),
                new CategoryLabelPosition(RectangleAnchor.RIGHT, TextBlockAnchor.CENTER_RIGHT, CategoryLabelWidthType.RANGE, 0.5f)));
        if (marker != null) {
            plot.addRangeMarker(marker(marker), Layer.FOREGROUND);
            look.footnote(chart, "- - -  " + markerLabel, ChartLook.MARKER);
        }
        return chart;
    }

    /** The county line; its label goes under the chart, where no bar can hide it. */
    private static ValueMarker marker(double value) {
        return new ValueMarker(value, ChartLook.MARKER,
                new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f));
    }

    /** Draws the bars of values the county figure leaves out in a lighter tone. */
    private static final class MutedBarRenderer extends BarRenderer {
        private final List<Bar> bars;

        MutedBarRenderer(List<Bar> bars) {
            this.bars = bars;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return bars.get(column).muted() ? ChartLook.MUTED_BAR : super.getItemPaint(row, column);
        }
    }
}
