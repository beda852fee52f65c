package cn.justice.yearbook.county;

import cn.justice.yearbook.common.ResourceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the file (YAML) that the bureau edits: either one county ({@code county:} with its name,
 * compiling bureau, townships and aliases), or a prefecture ({@code prefecture:} with its name,
 * bureau and a list of such counties).
 */
public final class CountyLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CountyLoader() {
    }

    /** The county of a county file, or the first county of a prefecture file. */
    public static County load(String location) {
        return loadRegion(location).counties().get(0);
    }

    public static Region loadRegion(String location) {
        RegionFile file;
        try (Reader reader = ResourceFiles.openReader(location)) {
            file = YAML.readValue(reader, RegionFile.class);
        } catch (IOException | JacksonException e) {
            throw new CountyException("Cannot read county file " + location + ": " + e.getMessage(), e);
        }
        if (file != null && file.prefecture() != null) {
            return prefecture(location, file.prefecture());
        }
        if (file == null || file.county() == null) {
            throw new CountyException("County file " + location + " has no 'county:' (or 'prefecture:') section");
        }
        return Region.of(county(location, "county", file.county()));
    }

    private static Region prefecture(String location, RegionFile.Prefecture section) {
        if (blank(section.name())) {
            throw new CountyException("County file " + location + ": 'prefecture.name' is empty");
        }
        if (section.counties() == null || section.counties().isEmpty()) {
            throw new CountyException("County file " + location + ": 'prefecture.counties' lists no county");
        }
        List<County> counties = section.counties().stream()
                .map(c -> county(location, "prefecture.counties", c)).toList();
        Set<String> names = new HashSet<>();
        for (County county : counties) {
            if (!names.add(county.name())) {
                throw new CountyException("County file " + location + " lists the county " + county.name() + " twice");
            }
        }
        String bureau = blank(section.bureau()) ? section.name().strip() + "司法局" : section.bureau().strip();
        Region region = new Region(section.name().strip(), bureau, counties, true);
        if (region.byKey().size() < counties.stream().mapToInt(c -> 1 + c.aliases().size()).sum()) {
            throw new CountyException("County file " + location + ": two counties share a name or alias");
        }
        return region;
    }

    private static County county(String location, String path, RegionFile.CountySection section) {
        if (blank(section.name())) {
            throw new CountyException("County file " + location + ": '" + path + ".name' is empty");
        }
        if (section.townships() == null || section.townships().isEmpty()) {
            throw new CountyException("County file " + location + ": county " + section.name()
                    + " lists no township ('townships')");
        }
        String bureau = blank(section.bureau()) ? section.name() + "司法局" : section.bureau();
        List<Township> townships = section.townships().stream()
                .map(t -> new Township(t.name() == null ? "" : t.name().strip(), t.aliases()))
                .toList();
        County county = new County(section.name().strip(), bureau.strip(), townships, section.aliases());
        TownshipMatcher.of(county); // fails on empty or ambiguous names
        return county;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record RegionFile(CountySection county, Prefecture prefecture) {
        record Prefecture(String name, String bureau, List<CountySection> counties) {
        }

        record CountySection(String name, String bureau, List<String> aliases, List<Entry> townships) {
        }

        record Entry(String name, List<String> aliases) {
        }
    }
}
