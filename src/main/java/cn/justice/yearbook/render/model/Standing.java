package cn.justice.yearbook.render.model;

/**
 * Where a township stands on one indicator this year, as the aggregation computed it.
 *
 * @param rank          1 for the largest value; townships with equal values share a rank (1, 2, 2, 4)
 * @param share         the township's share of the county total, in percent; not applicable for rates
 * @param previous      the township's figure last year
 * @param change        this year minus last year (percentage points for rates)
 * @param changePercent the change as a percentage of last year; not applicable for rates or from zero
 */
public record Standing(int rank, Figure share, Figure previous, Figure change, Figure changePercent) {
}
