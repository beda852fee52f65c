package cn.justice.yearbook.county;

import cn.justice.yearbook.common.Labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run covers: a single county (the county file), or a prefecture (市) with its counties
 * (县、市、区), each with its own townships. Township names may repeat across counties.
 *
 * @param name       the prefecture, or the county itself when the file describes a single county
 * @param bureau     the compiling body of the prefecture's roll-up yearbook
 * @param counties   in the file's order; a single county file gives exactly one
 * @param prefecture whether the file describes a prefecture (then a roll-up yearbook compares its counties)
 */
public record Region(String name, String bureau, List<County> counties, boolean prefecture) {

    public Region {
        counties = List.copyOf(counties);
    }

    public static Region of(County county) {
        return new Region(county.name(), county.bureau(), List.of(county), false);
    }

    /** The counties by every key their name or an alias gives ({@link Labels#key}), to recognise a folder name. */
    Map<String, County> byKey() {
        Map<String, County> keys = new HashMap<>();
        for (County county : counties) {
            keys.put(Labels.key(county.name()), county);
            county.aliases().forEach(alias -> keys.put(Labels.key(alias), county));
        }
        return keys;
    }
}
