package cn.justice.yearbook.render.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;

/**
 * The sober look of a statistical yearbook's charts: white ground, flat dark bars, light grid,
 * every text in the given (embedded) face.
 */
public final class ChartLook {

    static final Color BAR = new Color(0x2f, 0x55, 0x7f);
    static final Color MUTED_BAR = new Color(0x9a, 0xae, 0xc4);
    static final Color MARKER = new Color(0xb0, 0x30, 0x30);
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color GRID = new Color(0xc8, 0xc8, 0xc8);

    private final Font font;

    /** @param font the face for every chart text, at any size */
    public ChartLook(Font font) {
        this.font = font;
    }

    Font font(float size) {
        return font.deriveFont(Font.PLAIN, size);
    }

    /** One series of bars in the look, each bar labelled; the chart's plot is a {@link CategoryPlot}. */
    JFreeChart barChart(List<Bar> bars, String axisLabel, PlotOrientation orientation, BarRenderer renderer,
                        double maxBarWidth) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        bars.forEach(bar -> dataset.addValue(bar.value(), "value", bar.label()));
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(axisLabel), renderer);
        plot.setOrientation(orientation);
        JFreeChart chart = new JFreeChart(null, font(9), plot, false);
        apply(chart);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(maxBarWidth);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font(8.5f));
        categories.setTickMarksVisible(false);
        return chart;
    }

    /** A line of text under the plot, e.g. the key to the county marker line. */
    void footnote(JFreeChart chart, String text, Color color) {
        TextTitle note = new TextTitle(text, font(8));
        note.setPaint(color);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        note.setPadding(new RectangleInsets(4, 0, 0, 0));
        chart.addSubtitle(note);
    }

    void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("yearbook");
        theme.setExtraLargeFont(font(12));
        theme.setLargeFont(font(9));
        theme.setRegularFont(font(8.5f));
        theme.setSmallFont(font(8));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * Values at the bar ends: outside for counts; inside (white) for rates, whose bars may reach the
     * 100 at the edge of the axis, falling back to outside for bars too short to hold them.
     */
    void valueLabels(BarRenderer renderer, NumberFormat format, boolean inside, ItemLabelPosition outside,
                     ItemLabelPosition within) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font(7.5f));
        renderer.setDefaultItemLabelPaint(inside ? Color.WHITE : TEXT);
        renderer.setItemLabelAnchorOffset(3);
        renderer.setDefaultPositiveItemLabelPosition(inside ? within : outside);
        renderer.setPositiveItemLabelPositionFallback(outside);
    }

    void valueAxis(NumberAxis axis, boolean percent, NumberFormat format) {
        axis.setTickLabelFont(font(8));
        axis.setLabelFont(font(8.5f));
        axis.setAxisLineVisible(false);
        if (percent) {
            axis.setRange(0, 100);
            axis.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0")));
        } else {
            axis.setNumberFormatOverride(format);
            axis.setUpperMargin(0.15);
            if (format.getMaximumFractionDigits() == 0) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // else 0.5 steps read 0 1 1 2 2
            }
        }
    }
}
