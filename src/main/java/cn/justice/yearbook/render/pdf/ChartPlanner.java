package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.table.ChapterTables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Chooses a category's charts: the key indicator's county trend (small, it fits under the table),
 * the key indicator compared across townships, and each rate compared on a 0–100 axis.
 * Charts without data are left out.
 */
final class ChartPlanner {

    private final int year;

    ChartPlanner(int year) {
        this.year = year;
    }

    List<ChartSpec> charts(ChapterTables chapter) {
        if (chapter.category() == null) {
            return List.of();
        }
        List<ChartSpec> charts = new ArrayList<>();
        List<IndicatorFigures> indicators = chapter.category().indicators();
        Optional<IndicatorFigures> key = indicators.stream().filter(i -> i.indicator().key()).findFirst();
        key.filter(k -> k.countyByYear().values().stream().filter(Figure::hasValue).count() >= 2)
                .ifPresent(k -> charts.add(new ChartSpec(number(chapter, charts), YearbookText.get("chart.caption.trend",
                        firstYear(k), year, k.indicator().name()), ChartSpec.Kind.TREND, k)));
        key.filter(k -> anyValue(k.byTownship().values())).ifPresent(k -> charts.add(comparison(chapter, charts, k)));
        indicators.stream()
                .filter(i -> i.indicator().isPercent() && !(key.isPresent() && key.get() == i))
                .filter(i -> anyValue(i.byTownship().values()))
                .forEach(i -> charts.add(spec(chapter, charts, ChartSpec.Kind.RATE, "chart.caption.rate", i)));
        return charts;
    }

    private ChartSpec comparison(ChapterTables chapter, List<ChartSpec> charts, IndicatorFigures key) {
        ChartSpec.Kind kind = key.indicator().isPercent() ? ChartSpec.Kind.RATE : ChartSpec.Kind.COMPARISON;
        return spec(chapter, charts, kind, "chart.caption.comparison", key);
    }

    private ChartSpec spec(ChapterTables chapter, List<ChartSpec> charts, ChartSpec.Kind kind, String captionKey,
                           IndicatorFigures figures) {
        return new ChartSpec(number(chapter, charts), YearbookText.get(captionKey, year, figures.indicator().name()),
                kind, figures);
    }

    private static String number(ChapterTables chapter, List<ChartSpec> charts) {
        return "图" + chapter.number() + "-" + (charts.size() + 1);
    }

    private int firstYear(IndicatorFigures figures) {
        return figures.countyByYear().entrySet().stream().filter(e -> e.getValue().hasValue())
                .mapToInt(e -> e.getKey()).min().orElse(year);
    }

    private static boolean anyValue(Collection<Figure> figures) {
        return figures.stream().anyMatch(Figure::hasValue);
    }
}
