package cn.justice.yearbook.sample;

import cn.justice.yearbook.county.Township;

/**
 * What shapes a township's figures: whether it is a 街道 (urban, more disputes and consultations), a 镇 or a 乡
 * (small and rural), how many villages (社区) it has and how large it is relative to an average 镇.
 *
 * @param index position in the county list, used to derive its own random streams
 */
record TownshipProfile(Township township, int index, Kind kind, int villages, double size, int cadres) {

    enum Kind { STREET, TOWN, XIANG }

    static Kind kindOf(String name) {
        if (name.endsWith("街道") || name.endsWith("街道办事处")) {
            return Kind.STREET;
        }
        return name.endsWith("乡") ? Kind.XIANG : Kind.TOWN;
    }

    static TownshipProfile of(Township township, int index, Draws draws) {
        Kind kind = kindOf(township.name());
        Draws.Stream profile = draws.stream(index, "profile");
        return switch (kind) {
            case STREET -> new TownshipProfile(township, index, kind, profile.between(7, 11), profile.between(1.1, 1.35), profile.between(65, 95));
            case TOWN -> new TownshipProfile(township, index, kind, profile.between(11, 19), profile.between(0.85, 1.2), profile.between(45, 70));
            case XIANG -> new TownshipProfile(township, index, kind, profile.between(6, 9), profile.between(0.6, 0.8), profile.between(28, 40));
        };
    }

    String name() {
        return township.name();
    }

    /** How the township names itself on a home-made form: 「城西街道办事处」, 「凤鸣乡人民政府」. */
    String organisation() {
        return name() + (kind == Kind.STREET ? "办事处" : "人民政府");
    }
}
