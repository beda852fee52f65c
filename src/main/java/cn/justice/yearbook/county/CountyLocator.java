package cn.justice.yearbook.county;

import cn.justice.yearbook.common.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which county a dropped file reports for, and which townships to read it against. The folder
 * says it first ({@code input/云溪县/2025/…}), then the file name (「云溪县城东街道2025年….xlsx」); a file
 * with neither is read against the townships whose names no other county uses, and belongs to the
 * county of the township it names. A single county file needs none of this: every file is its county's.
 */
public final class CountyLocator {

    private final Region region;
    private final Map<String, County> byKey;
    private final Map<County, TownshipMatcher> matchers = new IdentityHashMap<>();
    private final TownshipMatcher unique;
    private final Map<Township, County> countyOfUnique = new IdentityHashMap<>();

    public CountyLocator(Region region) {
        this.region = region;
        this.byKey = region.byKey();
        region.counties().forEach(c -> matchers.put(c, TownshipMatcher.of(c)));
        this.unique = region.prefecture() ? uniqueTownships() : null;
    }

    public Region region() {
        return region;
    }

    /** Where a file's township and county are read from: the county when known, and the matcher to use. */
    public record Placement(County county, TownshipMatcher townships) {
        /** The county of the township the reader found, when the file itself did not say. */
        public Optional<County> countyOf(Township township, CountyLocator locator) {
            return county != null ? Optional.of(county) : Optional.ofNullable(locator.countyOfUnique.get(township));
        }
    }

    /** @param relativePath the file's path under the drop folder, e.g. 云溪县/2025/城东街道.xlsx */
    public Placement place(String relativePath) {
        if (!region.prefecture()) {
            County only = region.counties().get(0);
            return new Placement(only, matchers.get(only));
        }
        String[] parts = relativePath.replace('\\', '/').split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            County county = byKey.get(Labels.key(parts[i]));
            if (county != null) {
                return new Placement(county, matchers.get(county));
            }
        }
        String name = Labels.key(parts[parts.length - 1]);
        County named = null;
        for (County county : region.counties()) {
            if (name.contains(Labels.key(county.name()))) {
                if (named != null) {
                    named = null; // two counties named: let the townships decide
                    break;
                }
                named = county;
            }
        }
        return named != null ? new Placement(named, matchers.get(named)) : new Placement(null, unique);
    }

    /** A matcher over the townships whose every name and alias is theirs alone in the prefecture. */
    private TownshipMatcher uniqueTownships() {
        Map<String, Integer> uses = new HashMap<>();
        for (County county : region.counties()) {
            for (Township township : county.townships()) {
                names(township).forEach(n -> uses.merge(n, 1, Integer::sum));
            }
        }
        Map<String, Township> kept = new LinkedHashMap<>();
        for (County county : region.counties()) {
            for (Township township : county.townships()) {
                if (names(township).stream().allMatch(n -> uses.get(n) == 1)) {
                    kept.put(township.name(), township);
                    countyOfUnique.put(township, county);
                }
            }
        }
        List<Township> townships = new ArrayList<>(kept.values());
        return TownshipMatcher.lenient(new County(region.name(), region.bureau(), townships));
    }

    /** The names a township answers to, each once (an alias may reduce to its name's base: 龙潭 for 龙潭镇). */
    private static Set<String> names(Township township) {
        Set<String> names = new LinkedHashSet<>();
        names.add(TownshipMatcher.base(township.name()));
        township.aliases().forEach(a -> names.add(TownshipMatcher.base(a)));
        return names;
    }
}
