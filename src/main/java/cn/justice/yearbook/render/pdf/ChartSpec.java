package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.model.IndicatorFigures;

/**
 * A numbered chart (图3-1) of one indicator.
 *
 * @param number  the chart's number
 * @param caption the caption after the number
 * @param kind    townships compared on a count, townships compared on a rate, or the county over the years
 * @param figures the indicator charted
 */
record ChartSpec(String number, String caption, Kind kind, IndicatorFigures figures) {

    enum Kind { COMPARISON, RATE, TREND }

    String fullCaption() {
        return number + "　" + caption;
    }
}
