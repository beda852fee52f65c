package cn.justice.yearbook.county;

import cn.justice.yearbook.common.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a township from what people write: 「渠南街道」, 「渠南街道办事处」, 「渠南」, 「渠南街道司法所」.
 * Exact matching accepts the short base name (without 镇/乡/街道); searching inside a longer text
 * (a title, a file name) only accepts full names and listed aliases, so that 「云溪县……」 is not
 * mistaken for 云溪镇.
 */
public final class TownshipMatcher {

    private static final Pattern ORGANISATION_SUFFIX = Pattern.compile(
            "(人民政府|政府|办事处|党工委|党委|司法所|便民服务中心|综治中心)+$");
    private static final Pattern TYPE_SUFFIX = Pattern.compile("(街道办事处|街道办|街道|镇|乡)$");

    private final County county;
    private final Map<String, Township> exact = new HashMap<>();
    private final List<Map.Entry<String, Township>> searchable = new ArrayList<>();

    private TownshipMatcher(County county, boolean lenient) {
        this.county = county;
        Set<String> ambiguous = new java.util.HashSet<>();
        Map<String, Township> fullNames = new HashMap<>();
        for (Township township : county.townships()) {
            if (Labels.isBlank(township.name())) {
                throw new CountyException("「" + county.name() + "」列出的乡镇（街道）中有一个没有名称。");
            }
            Set<String> full = new LinkedHashSet<>();
            full.add(key(township.name()));
            township.aliases().forEach(a -> full.add(key(a)));
            Set<String> all = new LinkedHashSet<>(full);
            full.forEach(k -> all.add(TYPE_SUFFIX.matcher(k).replaceFirst("")));
            for (String k : all) {
                if (k.isEmpty()) {
                    continue;
                }
                Township previous = exact.putIfAbsent(k, township);
                if (previous != null && previous != township && lenient) {
                    ambiguous.add(k);
                } else if (previous != null && previous != township) {
                    throw new CountyException("「" + county.name() + "」中，名称「" + k + "」既可指" + previous.name()
                            + "，也可指" + township.name() + "，无法区分；请给它们不同的别名（aliases）。");
                }
            }
            full.forEach(k -> {
                if (k.length() >= 2) {
                    fullNames.putIfAbsent(k, township);
                }
            });
        }
        ambiguous.forEach(exact::remove);
        fullNames.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(searchable::add);
    }

    public static TownshipMatcher of(County county) {
        return new TownshipMatcher(county, false);
    }

    /** A matcher that leaves out names fitting two townships instead of refusing them (a prefecture's townships). */
    static TownshipMatcher lenient(County county) {
        return new TownshipMatcher(county, true);
    }

    /** A township name as matching compares it: without organisation and type suffixes (城东街道办事处 → 城东). */
    static String base(String name) {
        return TYPE_SUFFIX.matcher(key(name)).replaceFirst("");
    }

    public County county() {
        return county;
    }

    /** The township a cell such as 「填报单位：渠南街道办事处」's value names, if it names exactly one. */
    public Optional<Township> match(String text) {
        if (Labels.isBlank(text)) {
            return Optional.empty();
        }
        String k = key(text);
        Township hit = exact.get(k);
        if (hit == null) {
            hit = exact.get(TYPE_SUFFIX.matcher(k).replaceFirst(""));
        }
        return Optional.ofNullable(hit);
    }

    /** The one township whose full name or alias occurs inside a longer text, such as a title or a file name. */
    public Optional<Township> findIn(String text) {
        if (Labels.isBlank(text)) {
            return Optional.empty();
        }
        String haystack = Labels.key(text).replace(Labels.key(county.name()), " ");
        Township found = null;
        int foundLength = 0;
        for (Map.Entry<String, Township> entry : searchable) {
            if (entry.getKey().length() < foundLength) {
                break;
            }
            if (haystack.contains(entry.getKey())) {
                if (found != null && found != entry.getValue()) {
                    return Optional.empty();
                }
                found = entry.getValue();
                foundLength = entry.getKey().length();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String key(String text) {
        return ORGANISATION_SUFFIX.matcher(Labels.key(text)).replaceFirst("");
    }
}
