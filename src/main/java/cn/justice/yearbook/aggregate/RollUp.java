package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.SubmissionQuality;
import cn.justice.yearbook.render.model.SubmissionStatus;
import cn.justice.yearbook.render.model.Yearbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The arithmetic of a prefecture's roll-up, where the rows are counties: a county's figure is its
 * county total (the sum of its townships, a rate the ratio of their sums), and the prefecture total
 * sums over every township of every county; it is never a sum or mean of county rates.
 */
final class RollUp {

    private RollUp() {
    }

    /** @param totals each county's totals, by county name in the prefecture file's order */
    static IndicatorFigures indicator(Indicator indicator, Map<String, CountyTotals> totals, int year) {
        Map<String, Figure> now = counties(indicator, totals, year);
        Figure total = prefecture(indicator, totals, year);
        Map<Integer, Figure> byYear = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        totals.values().forEach(t -> years.addAll(t.years()));
        years.headSet(year, false).forEach(y -> byYear.put(y, prefecture(indicator, totals, y)));
        byYear.put(year, total);
        return new IndicatorFigures(indicator, now, total, byYear,
                Standings.of(indicator, now, total, counties(indicator, totals, year - 1)), List.of());
    }

    private static Map<String, Figure> counties(Indicator indicator, Map<String, CountyTotals> totals, int year) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        totals.forEach((county, t) -> {
            Figure figure = t.figure(indicator, year);
            if (figure.flag() != Figure.Flag.NOT_REPORTED) {
                figures.put(county, figure);
            }
        });
        return figures;
    }

    /** Summed over every township of every county: the counties' sums added up. */
    private static Figure prefecture(Indicator indicator, Map<String, CountyTotals> totals, int year) {
        Tally sum = Tally.NONE;
        for (CountyTotals t : totals.values()) {
            sum = sum.plus(t.tally(indicator, year));
        }
        return sum.figure(indicator);
    }

    /**
     * A county's line in the roll-up's quality appendix: its townships' lines under it, so that it counts their
     * warnings and left-out values; its status the first of ERRORS, WARNINGS and INCOMPLETE (a township missing)
     * that one of them gives, else ACCEPTED; NOT_SUBMITTED when no township's figures are in.
     */
    static SubmissionQuality quality(Yearbook county) {
        List<SubmissionQuality> townships = county.quality();
        return new SubmissionQuality(county.edition().county(), status(townships), List.of(), List.of(), townships);
    }

    private static SubmissionStatus status(List<SubmissionQuality> townships) {
        if (townships.stream().noneMatch(t -> t.status().counted())) {
            return SubmissionStatus.NOT_SUBMITTED;
        }
        for (SubmissionStatus worst : List.of(SubmissionStatus.ERRORS, SubmissionStatus.WARNINGS)) {
            if (townships.stream().anyMatch(t -> t.status() == worst)) {
                return worst;
            }
        }
        return townships.stream().allMatch(t -> t.status().counted()) ? SubmissionStatus.ACCEPTED : SubmissionStatus.INCOMPLETE;
    }
}
