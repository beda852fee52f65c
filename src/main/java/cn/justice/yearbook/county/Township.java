package cn.justice.yearbook.county;

import java.util.List;

/** A township (乡镇) or sub-district (街道) of the county, with the other names it goes by in reports. */
public record Township(String name, List<String> aliases) {
    public Township {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
