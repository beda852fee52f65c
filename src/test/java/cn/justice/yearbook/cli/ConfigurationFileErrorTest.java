package cn.justice.yearbook.cli;

import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A county or catalogue file that cannot be used ends the run with one Chinese line saying which file and what to fix. */
class ConfigurationFileErrorTest {

    @TempDir
    Path temp;

    @Test
    void namesAMissingCountyFile() {
        Path missing = temp.resolve("没有这个文件.yml");

        Pipeline.Result result = new Pipeline(temp).run("--county", missing.toString());

        assertThat(result.exitCode()).isEqualTo(FailureHandler.RUN_FAILED);
        assertThat(result.err().strip()).isEqualTo("运行未能完成：配置文件有误 —— 找不到县（区域）配置文件 " + missing
                + "。请检查 --county 参数或 yearbook.county 设置给出的路径。");
    }

    @Test
    void pointsAtTheLineOfACountyFileThatIsNotYaml() throws Exception {
        Path county = temp.resolve("county.yml");
        Files.writeString(county, "county:\n  name: 云溪县\n  townships:\n    - name: 云溪镇\n   - name: 渠南街道\n");

        Pipeline.Result result = new Pipeline(temp).run("--county", county.toString());

        assertThat(result.exitCode()).isEqualTo(FailureHandler.RUN_FAILED);
        assertThat(result.err()).contains("运行未能完成：配置文件有误 —— 县（区域）配置文件 " + county + " 不是有效的 YAML（第 5 行")
                .contains("列附近），请检查该处的缩进、冒号和列表符号「- 」（详情见日志）。").doesNotContain("Exception");
    }

    @Test
    void namesACountyListedTwiceInAPrefectureFile() throws Exception {
        Path region = temp.resolve("region.yml");
        Files.writeString(region, """
                prefecture:
                  name: 示例市
                  counties:
                    - name: 云溪县
                      townships: [{name: 云溪镇}]
                    - name: 云溪县
                      townships: [{name: 渠南街道}]
                """);

        Pipeline.Result result = new Pipeline(temp).run("--county", region.toString());

        assertThat(result.exitCode()).isEqualTo(FailureHandler.RUN_FAILED);
        assertThat(result.err().strip()).isEqualTo("运行未能完成：配置文件有误 —— 县（区域）配置文件 " + region + " 把「云溪县」列了两次。");
    }
}
