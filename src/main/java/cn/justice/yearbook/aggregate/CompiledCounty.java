package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.render.model.Yearbook;

import java.util.List;

/** A county's yearbook together with the totals of its figures, which a prefecture's roll-up adds up. */
public final class CompiledCounty {

    private final Yearbook yearbook;
    private final CountyTotals totals;

    CompiledCounty(Yearbook yearbook, CountyTotals totals) {
        this.yearbook = yearbook;
        this.totals = totals;
    }

    public Yearbook yearbook() {
        return yearbook;
    }

    /**
     * What the roll-up reads of a county once its own yearbook is written: its totals, townships and submission
     * quality, not its figures, so that a prefecture's counties waiting for the roll-up do not hold every county's
     * tables (at 30,000 workbooks they were most of the heap).
     */
    public CompiledCounty forRollUp() {
        return new CompiledCounty(new Yearbook(yearbook.edition(), yearbook.townships(), List.of(), yearbook.quality()), totals);
    }

    CountyTotals totals() {
        return totals;
    }
}
