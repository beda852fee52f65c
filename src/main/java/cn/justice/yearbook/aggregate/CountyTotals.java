package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.render.model.Figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A county's {@link Tally} of every indicator in every year on record: all that a prefecture's roll-up reads of
 * its figures. A county's townships' facts are let go once its own yearbook is written; at 50,000 workbooks,
 * every county's facts waiting for the roll-up were most of the heap.
 */
record CountyTotals(Map<Integer, Map<String, Tally>> byYear, int townships) {

    /** @param townships how many townships the county has */
    static CountyTotals of(List<Indicator> indicators, StoredFacts facts, int townships) {
        Map<Integer, Map<String, Tally>> byYear = new HashMap<>();
        facts.values().forEach((year, reported) -> {
            Map<String, Tally> tallies = new HashMap<>();
            for (Indicator indicator : indicators) {
                tallies.put(indicator.code(), FigureArithmetic.tally(indicator, reported));
            }
            byYear.put(year, tallies);
        });
        return new CountyTotals(byYear, townships);
    }

    Set<Integer> years() {
        return byYear.keySet();
    }

    Tally tally(Indicator indicator, int year) {
        return byYear.getOrDefault(year, Map.of()).getOrDefault(indicator.code(), Tally.NONE);
    }

    /** The county's figure: marked when some of its townships are not in it. */
    Figure figure(Indicator indicator, int year) {
        Tally tally = tally(indicator, year);
        Figure figure = tally.figure(indicator);
        return tally.townships() < townships ? figure.leavingOutTownships() : figure;
    }
}
