package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.render.model.Yearbook;

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

    StoredFacts facts() {
        return facts;
    }
}
