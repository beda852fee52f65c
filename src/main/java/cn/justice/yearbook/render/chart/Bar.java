package cn.justice.yearbook.render.chart;

/**
 * One bar of a comparison chart.
 *
 * @param label the township (or year)
 * @param value the bar's length
 * @param muted drawn lighter: a value the county figure does not include (a rate reported without counts)
 */
public record Bar(String label, double value, boolean muted) {
}
