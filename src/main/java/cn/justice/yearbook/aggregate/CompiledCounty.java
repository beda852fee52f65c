package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.render.model.Yearbook;

import java.util.List;

/** A county's yearbook together with the stored facts it was compiled from, which a prefecture's roll-up sums again. */
public final class CompiledCounty {

    private final Yearbook yearbook;
    private final StoredFacts facts;

    CompiledCounty(Yearbook yearbook, StoredFacts facts) {
        this.yearbook = yearbook;
        this.facts = facts;
    }

    public Yearbook yearbook() {
        return yearbook;
    }

    /**
     * What the roll-up reads of a county once its own yearbook is written: its facts, townships and submission
     * quality, not its figures, so that a prefecture's counties waiting for the roll-up do not hold every county's
     * tables (at 30,000 workbooks they were most of the heap).
     */
    public CompiledCounty forRollUp() {
        return new CompiledCounty(new Yearbook(yearbook.edition(), yearbook.townships(), List.of(), yearbook.quality()), facts);
    }

    StoredFacts facts() {
        return facts;
    }
}
