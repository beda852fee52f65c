package cn.justice.yearbook.render.model;

import java.util.List;
import java.util.Optional;

/**
 * One edition of the statistical yearbook, ready to render.
 *
 * @param edition    who compiled it, for which county and year
 * @param townships  every township of the county in the county file's order, reported or not;
 *                   table rows follow this order
 * @param categories one chapter per catalogue category, in catalogue order
 * @param quality    one entry per township (same order) saying what became of its submission
 */
public record Yearbook(Edition edition, List<String> townships, List<CategoryFigures> categories,
                       List<SubmissionQuality> quality) {

    public Yearbook {
        townships = List.copyOf(townships);
        categories = List.copyOf(categories);
        quality = List.copyOf(quality);
    }

    /** Townships whose figures are in this edition (a submission was accepted, perhaps with some values left out). */
    public List<String> reportingTownships() {
        return quality.stream().filter(q -> q.status().counted()).map(SubmissionQuality::township).toList();
    }

    public Optional<IndicatorFigures> indicator(String code) {
        return categories.stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst();
    }

    /** The name of the indicator with the code, or the code itself if this edition does not carry it. */
    public String indicatorName(String code) {
        return indicator(code).map(i -> i.indicator().name()).orElse(code);
    }

    /** In a prefecture's roll-up, whose lines are counties: every county's townships' lines. */
    public List<SubmissionQuality> rolledUpTownships() {
        return quality.stream().flatMap(county -> county.townships().stream()).toList();
    }

    public List<String> missingTownships() {
        return quality.stream().filter(q -> !q.status().counted()).map(SubmissionQuality::township).toList();
    }
}
