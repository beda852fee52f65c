package cn.justice.yearbook.county;

import cn.justice.yearbook.common.ResourceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
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
        } catch (NoSuchFileException e) {
            throw new CountyException("找不到县（区域）配置文件 " + location
                    + "。请检查 --county 参数或 yearbook.county 设置给出的路径。", e);
        } catch (JacksonException e) {
            throw new CountyException("县（区域）配置文件 " + location + " 不是有效的 YAML" + where(e)
                    + "，请检查该处的缩进、冒号和列表符号「- 」（详情见日志）。", e);
        } catch (IOException e) {
            throw new CountyException("读不了县（区域）配置文件 " + location + "：" + e.getMessage(), e);
        }
        if (file != null && file.prefecture() != null) {
            return prefecture(location, file.prefecture());
        }
        if (file == null || file.county() == null) {
            throw new CountyException("县（区域）配置文件 " + location + " 中没有 county:（或 prefecture:）一节。");
        }
        return Region.of(county(location, "county", file.county()));
    }

    private static Region prefecture(String location, RegionFile.Prefecture section) {
        if (blank(section.name())) {
            throw new CountyException("县（区域）配置文件 " + location + " 的 prefecture.name（市的名称）为空。");
        }
        if (section.counties() == null || section.counties().isEmpty()) {
            throw new CountyException("县（区域）配置文件 " + location + " 的 prefecture.counties 下没有列出任何县。");
        }
        List<County> counties = section.counties().stream()
                .map(c -> county(location, "prefecture.counties", c)).toList();
        Set<String> names = new HashSet<>();
        for (County county : counties) {
            if (!names.add(county.name())) {
                throw new CountyException("县（区域）配置文件 " + location + " 把「" + county.name() + "」列了两次。");
            }
        }
        String bureau = blank(section.bureau()) ? section.name().strip() + "司法局" : section.bureau().strip();
        Region region = new Region(section.name().strip(), bureau, counties, true);
        if (region.byKey().size() < counties.stream().mapToInt(c -> 1 + c.aliases().size()).sum()) {
            throw new CountyException("县（区域）配置文件 " + location + " 中有两个县的名称或别名相同，无法区分。");
        }
        return region;
    }

    private static County county(String location, String path, RegionFile.CountySection section) {
        if (blank(section.name())) {
            throw new CountyException("县（区域）配置文件 " + location + " 中有一个县的 " + path + ".name（县的名称）为空。");
        }
        if (section.townships() == null || section.townships().isEmpty()) {
            throw new CountyException("县（区域）配置文件 " + location + " 中「" + section.name()
                    + "」的 townships 下没有列出任何乡镇（街道）。");
        }
        String bureau = blank(section.bureau()) ? section.name() + "司法局" : section.bureau();
        List<Township> townships = section.townships().stream()
                .map(t -> new Township(t.name() == null ? "" : t.name().strip(), t.aliases()))
                .toList();
        County county = new County(section.name().strip(), bureau.strip(), townships, section.aliases());
        TownshipMatcher.of(county); // fails on empty or ambiguous names
        return county;
    }

    private static String where(JacksonException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
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
