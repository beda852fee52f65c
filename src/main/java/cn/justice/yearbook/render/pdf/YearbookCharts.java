package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.chart.Bar;
import cn.justice.yearbook.render.chart.ChartLook;
import cn.justice.yearbook.render.chart.CountyTrendChart;
import cn.justice.yearbook.render.chart.TownshipComparisonChart;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.NumberStyle;
import org.jfree.chart.JFreeChart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the JFreeChart of a {@link ChartSpec} from the model's figures. */
final class YearbookCharts {

    private final ChartLook look;
    private final List<String> townships;

    YearbookCharts(ChartLook look, List<String> townships) {
        this.look = look;
        this.townships = townships;
    }

    /** The county's figure over the years. */
    JFreeChart trend(ChartSpec spec) {
        IndicatorFigures figures = spec.figures();
        return CountyTrendChart.create(look, years(figures), unit(figures), figures.indicator().isPercent(),
                format(NumberStyle.of(figures.indicator())));
    }

    /**
     * The townships (counties) compared, largest first, in parts of at most {@code maxBars} bars: one part for a
     * county's townships, several for a prefecture of many counties, each part then on the axis of the whole.
     */
    List<JFreeChart> comparison(ChartSpec spec, int maxBars) {
        IndicatorFigures figures = spec.figures();
        NumberStyle style = NumberStyle.of(figures.indicator());
        List<Bar> bars = bars(figures).stream().sorted(Comparator.comparingDouble(Bar::value).reversed()).toList();
        int parts = Math.max(1, (bars.size() + maxBars - 1) / maxBars);
        int size = Math.max(1, (bars.size() + parts - 1) / parts);
        Double largest = parts == 1 ? null : bars.get(0).value(); // a chart of one part keeps its own axis
        List<JFreeChart> charts = new ArrayList<>();
        for (int from = 0; from == 0 || from < bars.size(); from += size) {
            charts.add(TownshipComparisonChart.create(look, bars.subList(from, Math.min(bars.size(), from + size)),
                    unit(figures), marker(figures), markerLabel(figures, style), figures.indicator().isPercent(),
                    format(style), largest));
        }
        return charts;
    }

    private static String unit(IndicatorFigures figures) {
        return YearbookText.get("chart.axis.unit", figures.indicator().unit());
    }

    /**
     * Bars of the townships with a figure; those missing are named in the chart's note. A roll-up's county whose
     * figure leaves out some of its townships is named with the tables' mark.
     */
    private List<Bar> bars(IndicatorFigures figures) {
        List<Bar> bars = new ArrayList<>();
        for (String township : townships) {
            Figure figure = figures.township(township);
            if (figure.hasValue()) {
                String label = figure.partial() ? township + FigureFormat.LEAVES_OUT_TOWNSHIPS_MARK : township;
                bars.add(new Bar(label, figure.value().doubleValue(), figure.flag() == Figure.Flag.RATE_WITHOUT_COUNTS));
            }
        }
        return bars;
    }

    List<String> townshipsWithout(IndicatorFigures figures) {
        return townships.stream().filter(t -> !figures.township(t).hasValue()).toList();
    }

    private List<Bar> years(IndicatorFigures figures) {
        List<Bar> bars = new ArrayList<>();
        Map<Integer, Figure> byYear = new TreeMap<>(figures.countyByYear());
        byYear.forEach((year, figure) -> {
            if (figure.hasValue()) {
                bars.add(new Bar(year + "年", figure.value().doubleValue(), false));
            }
        });
        return bars;
    }

    /** The county rate for rates; for counts, the county total over the townships that reported it. */
    static Double marker(IndicatorFigures figures) {
        Figure county = figures.county();
        if (!county.hasValue()) {
            return null;
        }
        if (figures.indicator().isPercent()) {
            return county.value().doubleValue();
        }
        long reporting = figures.byTownship().values().stream().filter(Figure::hasValue).count();
        return reporting == 0 ? null : county.value().doubleValue() / reporting;
    }

    private static String markerLabel(IndicatorFigures figures, NumberStyle style) {
        Double marker = marker(figures);
        if (marker == null) {
            return null;
        }
        if (figures.indicator().isPercent()) {
            return YearbookText.get("chart.countyRate", FigureFormat.number(BigDecimal.valueOf(marker), style));
        }
        return YearbookText.get("chart.average", FigureFormat.number(BigDecimal.valueOf(marker), NumberStyle.PERCENT),
                figures.indicator().unit());
    }

    private static NumberFormat format(NumberStyle style) {
        return new DecimalFormat(style.excelPattern(), DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
