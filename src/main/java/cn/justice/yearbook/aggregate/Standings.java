package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.Standing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ranks, shares of the county total and changes against last year, for the townships with a figure this year. */
final class Standings {

    private Standings() {
    }

    static Map<String, Standing> of(Indicator indicator, Map<String, Figure> now, Figure county, Map<String, Figure> lastYear) {
        List<Map.Entry<String, Figure>> ranked = now.entrySet().stream()
                .filter(e -> e.getValue().hasValue())
                .sorted(Comparator.comparing((Map.Entry<String, Figure> e) -> e.getValue().value()).reversed())
                .toList();
        Map<String, Standing> standings = new LinkedHashMap<>();
        int rank = 0;
        BigDecimal previousValue = null;
        for (int i = 0; i < ranked.size(); i++) {
            Figure figure = ranked.get(i).getValue();
            if (previousValue == null || figure.value().compareTo(previousValue) != 0) {
                rank = i + 1; // equal values share a rank: 1, 2, 2, 4
                previousValue = figure.value();
            }
            String township = ranked.get(i).getKey();
            Figure before = lastYear.getOrDefault(township, Figure.notReported());
            standings.put(township, new Standing(rank, share(indicator, figure, county), before,
                    figure.minus(before), changePercent(indicator, figure, before)));
        }
        return standings;
    }

    private static Figure share(Indicator indicator, Figure figure, Figure county) {
        if (!indicator.isAdditive() || !county.hasValue() || county.value().signum() == 0) {
            return Figure.notApplicable();
        }
        return figure.percentOf(county);
    }

    private static Figure changePercent(Indicator indicator, Figure now, Figure before) {
        // rates change in percentage points, which the change column already gives
        return indicator.isAdditive() || !now.hasValue() || !before.hasValue()
                ? now.percentChangeFrom(before) : Figure.notApplicable();
    }
}
