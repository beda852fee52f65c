package cn.justice.yearbook.sample;

import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Region;
import cn.justice.yearbook.county.Township;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A made-up prefecture of any size, the same for the same seed: counties with two-character names
 * (青川县, 石门区), each with its 街道 first, then 镇, then 乡, the way county files list them. Every county
 * has a 城关镇 and a 城东街道, as real ones do, so township names repeat across counties.
 */
final class SamplePrefecture {

    private static final String FIRST = "云青白龙柳石永桃清凤东西南北长安平宁新兴和丰福华金玉梅松竹红黄洪高双太仁德龟鹤马牛羊虎鹿泉沙";
    private static final String SECOND = "溪山潭林门汇源水鸣阳江河湖岭川口桥塘坪坝湾港屯集庄堡岗田峰州台营坡洲冲铺";

    private SamplePrefecture() {
    }

    static Region make(String name, int counties, int townships, long seed) {
        if (counties < 1 || townships < 3) {
            throw new IllegalArgumentException("A sample prefecture needs at least 1 county of at least 3 townships");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> countyNames = new LinkedHashSet<>();
        while (countyNames.size() < counties) {
            countyNames.add(word(random) + (random.nextInt(6) == 0 ? "区" : "县"));
        }
        List<County> list = new ArrayList<>();
        for (String county : countyNames) {
            list.add(new County(county, county + "司法局", townships(townships, random), List.of()));
        }
        return new Region(name, name + "司法局", list, true);
    }

    /** Streets (about a sixth), then towns, then xiang (about a fifth); base names distinct within the county. */
    private static List<Township> townships(int count, SplittableRandom random) {
        int streets = Math.max(1, count / 6);
        int xiang = Math.max(1, count / 5);
        Set<String> bases = new LinkedHashSet<>(List.of("城东", "城关"));
        List<Township> list = new ArrayList<>();
        list.add(new Township("城东街道", List.of("城东街道办事处")));
        for (int i = 1; i < streets; i++) {
            list.add(new Township(fresh(bases, random) + "街道", List.of()));
        }
        list.add(new Township("城关镇", List.of()));
        for (int i = list.size(); i < count - xiang; i++) {
            list.add(new Township(fresh(bases, random) + "镇", List.of()));
        }
        for (int i = list.size(); i < count; i++) {
            list.add(new Township(fresh(bases, random) + "乡", List.of()));
        }
        return list;
    }

    private static String fresh(Set<String> taken, SplittableRandom random) {
        String word;
        do {
            word = word(random);
        } while (!taken.add(word));
        return word;
    }

    private static String word(SplittableRandom random) {
        return "" + FIRST.charAt(random.nextInt(FIRST.length())) + SECOND.charAt(random.nextInt(SECOND.length()));
    }

    /** The prefecture file the bureau would keep (see county/CountyLoader), for this made-up prefecture. */
    static String yaml(Region region) {
        StringBuilder out = new StringBuilder();
        out.append("# 示例地级市：由 yearbook sample-region 生成。县（市、区）及所辖乡镇（街道）名单，格式见 docs/scale.md。\n");
        out.append("prefecture:\n");
        out.append("  name: ").append(region.name()).append('\n');
        out.append("  bureau: ").append(region.bureau()).append('\n');
        out.append("  counties:\n");
        for (County county : region.counties()) {
            out.append("    - name: ").append(county.name()).append('\n');
            out.append("      bureau: ").append(county.bureau()).append('\n');
            out.append("      townships:\n");
            for (Township township : county.townships()) {
                out.append("        - name: ").append(township.name()).append('\n');
                if (!township.aliases().isEmpty()) {
                    out.append("          aliases: [").append(String.join(", ", township.aliases())).append("]\n");
                }
            }
        }
        return out.toString();
    }
}
