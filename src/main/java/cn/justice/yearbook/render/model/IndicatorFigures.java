package cn.justice.yearbook.render.model;

import cn.justice.yearbook.catalogue.Indicator;

import java.util.List;
import java.util.Map;

/**
 * Everything the yearbook prints about one indicator.
 *
 * @param indicator    the catalogue entry (name, unit, type, definition, key flag, numerator/denominator)
 * @param byTownship   this year's figure of each township, keyed by township name; a township
 *                     missing from the map is printed as not reported
 * @param county       this year's county figure: the sum for counts, the ratio of the summed
 *                     numerator and denominator for rates
 * @param countyByYear the county figure of each year shown in trends, this year included, oldest first
 * @param standings    rank, share and change against last year of each township with a figure this year
 * @param notes        notes the aggregation wants printed under the table (注), e.g. a change of scope
 */
public record IndicatorFigures(Indicator indicator, Map<String, Figure> byTownship, Figure county,
                               Map<Integer, Figure> countyByYear, Map<String, Standing> standings, List<String> notes) {

    public IndicatorFigures {
        byTownship = Map.copyOf(byTownship);
        countyByYear = Map.copyOf(countyByYear);
        standings = Map.copyOf(standings);
        notes = List.copyOf(notes);
    }

    public IndicatorFigures(Indicator indicator, Map<String, Figure> byTownship, Figure county,
                            Map<Integer, Figure> countyByYear, List<String> notes) {
        this(indicator, byTownship, county, countyByYear, Map.of(), notes);
    }

    /** How many townships have a figure for this indicator this year. */
    public long reporting() {
        return byTownship.values().stream().filter(Figure::hasValue).count();
    }

    public Figure township(String township) {
        return byTownship.getOrDefault(township, Figure.notReported());
    }

    public Figure countyIn(int year) {
        return countyByYear.getOrDefault(year, Figure.notReported());
    }

    public String code() {
        return indicator.code();
    }
}
