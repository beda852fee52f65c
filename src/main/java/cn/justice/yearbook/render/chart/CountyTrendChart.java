package cn.justice.yearbook.render.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;

import java.text.NumberFormat;
import java.util.List;

/** A county figure over the years: one column per year, oldest on the left, value on top. */
public final class CountyTrendChart {

    private CountyTrendChart() {
    }

    /** @param years one bar per year, oldest first, labelled with the year (2024年) */
    public static JFreeChart create(ChartLook look, List<Bar> years, String axisLabel, boolean percent,
                                    NumberFormat format) {
        BarRenderer renderer = new BarRenderer();
        JFreeChart chart = look.barChart(years, axisLabel, PlotOrientation.VERTICAL, renderer, 0.1);
        CategoryPlot plot = chart.getCategoryPlot();
        look.valueLabels(renderer, format, percent,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER),
                new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
        look.valueAxis((NumberAxis) plot.getRangeAxis(), percent, format);
        plot.getRangeAxis().setLabelAngle(Math.PI / 2);
        return chart;
    }
}
