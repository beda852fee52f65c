package cn.justice.yearbook.validate;

import cn.justice.yearbook.common.Labels;

import java.util.List;
import java.util.Set;

/** Which typed units mean the same as a catalogue unit: 「起」 counts like 「件」, 「人」 like 「名」, but 「人次」 is not 「人」. */
final class UnitCompatibility {

    private static final List<Set<String>> SAME = List.of(
            Set.of("件", "起", "宗", "例"),
            Set.of("名", "人", "位"),
            Set.of("次", "场次", "场", "期", "回"),
            Set.of("份", "册", "张", "本"),
            Set.of("个", "处", "所"),
            Set.of("项", "条", "类"),
            Set.of("人次"),
            Set.of("件次"),
            Set.of("卷"),
            Set.of("%", "百分比"));

    private UnitCompatibility() {
    }

    static boolean compatible(String typed, String catalogueUnit) {
        String a = Labels.key(typed);
        String b = Labels.key(catalogueUnit);
        if (a.isEmpty() || a.equals(b)) {
            return true;
        }
        for (Set<String> group : SAME) {
            if (group.contains(a) && group.contains(b)) {
                return true;
            }
        }
        // the catalogue writes percent as 「%」, which the label key drops
        return b.isEmpty() && (typed.contains("%") || typed.contains("％"));
    }
}
