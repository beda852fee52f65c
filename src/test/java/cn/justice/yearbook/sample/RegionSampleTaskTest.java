package cn.justice.yearbook.sample;

import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.county.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static cn.justice.yearbook.support.SampleData.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

class RegionSampleTaskTest {

    @TempDir
    Path root;

    private RegionSampleTask.Settings settings(int mistakes, long seed, int threads) {
        return new RegionSampleTask.Settings("示例市", 3, 8, 2024, 2025, mistakes, seed, threads);
    }

    @Test
    void writesEachCountysInputUnderItsFolderAndAPrefectureFileThatLoads() throws Exception {
        String line = new RegionSampleTask(CATALOGUE).run(settings(2, 7, 2), root.resolve("input"), root.resolve("region.yml"));

        Region region = CountyLoader.loadRegion(root.resolve("region.yml").toString());
        assertThat(region.prefecture()).isTrue();
        assertThat(region.counties()).hasSize(3).allSatisfy(c -> assertThat(c.townships()).hasSize(8));
        // names repeat across counties, as real ones do
        assertThat(region.counties()).allSatisfy(c -> assertThat(c.townships()).anyMatch(t -> t.name().equals("城关镇")));
        for (County county : region.counties()) {
            assertThat(root.resolve("input").resolve(county.name()).resolve("2024")).isDirectory();
            assertThat(root.resolve("input").resolve(county.name()).resolve("2025")).isDirectory();
        }
        assertThat(line).contains("3 个县（市、区）").contains("其中故意设置的问题 6 处");
    }

    @Test
    void sameSeedGivesTheSameFilesWhateverTheThreads() throws Exception {
        new RegionSampleTask(CATALOGUE).run(settings(3, 11, 1), root.resolve("a"), root.resolve("a.yml"));
        new RegionSampleTask(CATALOGUE).run(settings(3, 11, 2), root.resolve("b"), root.resolve("b.yml"));

        assertThat(Files.readString(root.resolve("b.yml"))).isEqualTo(Files.readString(root.resolve("a.yml")));
        List<Path> files = files(root.resolve("a"));
        assertThat(files).isNotEmpty().isEqualTo(files(root.resolve("b")));
        for (Path file : files) {
            assertThat(Files.readAllBytes(root.resolve("b").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(root.resolve("a").resolve(file)));
        }
    }

    @Test
    void capsTheDeliberateMistakesPerCounty() throws Exception {
        String none = new RegionSampleTask(CATALOGUE).run(settings(0, 7, 2), root.resolve("clean"), root.resolve("clean.yml"));

        assertThat(none).contains("其中故意设置的问题 0 处");
        try (Stream<Path> walk = Files.walk(root.resolve("clean"))) {
            assertThat(walk.filter(p -> p.getFileName().toString().startsWith("~$"))).isEmpty();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
