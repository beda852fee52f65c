package cn.justice.yearbook.county;

import cn.justice.yearbook.common.ResourceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Reads the county file (YAML) that the bureau edits: county name, compiling bureau, townships and aliases. */
public final class CountyLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CountyLoader() {
    }

    public static County load(String location) {
        CountyFile file;
        try (Reader reader = ResourceFiles.openReader(location)) {
            file = YAML.readValue(reader, CountyFile.class);
        } catch (IOException | JacksonException e) {
            throw new CountyException("Cannot read county file " + location + ": " + e.getMessage(), e);
        }
        if (file == null || file.county() == null) {
            throw new CountyException("County file " + location + " has no 'county:' section");
        }
        CountyFile.Section section = file.county();
        if (section.name() == null || section.name().isBlank()) {
            throw new CountyException("County file " + location + ": 'county.name' is empty");
        }
        if (section.townships() == null || section.townships().isEmpty()) {
            throw new CountyException("County file " + location + ": 'county.townships' lists no township");
        }
        String bureau = section.bureau() == null || section.bureau().isBlank() ? section.name() + "司法局" : section.bureau();
        List<Township> townships = section.townships().stream()
                .map(t -> new Township(t.name() == null ? "" : t.name().strip(), t.aliases()))
                .toList();
        County county = new County(section.name().strip(), bureau.strip(), townships);
        TownshipMatcher.of(county); // fails on empty or ambiguous names
        return county;
    }

    record CountyFile(Section county) {
        record Section(String name, String bureau, List<Entry> townships) {
        }

        record Entry(String name, List<String> aliases) {
        }
    }
}
