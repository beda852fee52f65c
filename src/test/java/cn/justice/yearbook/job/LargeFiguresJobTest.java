package cn.justice.yearbook.job;

import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.justice.yearbook.render.pdf.RenderedYearbook.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roll-up's sums run to eight digits (a prefecture's leaflets): each is printed whole on its line, its mark
 * after it, in every table that has it. A column narrower than its widest number broke it over two lines
 * (「6,036,15」 over 「0*」 in a 100-county roll-up).
 */
class LargeFiguresJobTest {

    private static final List<String> COUNTIES = List.of("东山县", "西山县", "南山县");

    @Test
    void printsEachSumWholeOnItsLine(@TempDir Path temp) throws IOException {
        Pipeline pipeline = new Pipeline(temp);
        StringBuilder region = new StringBuilder("prefecture:\n  name: 示例市\n  counties:\n");
        for (String county : COUNTIES) {
            int meetings = 4 + COUNTIES.indexOf(county); // files of the same bytes count once
            region.append("    - name: ").append(county).append("\n      townships:\n        - name: 城关镇\n");
            Object leaflets = county.equals("东山县") ? "9876543余" : 9_876_543; // an approximate figure: marked 「*」
            CompleteReport.values().with("ORG_LAW_MEETINGS", meetings).with("PUB_MATERIALS", leaflets).with("PLS_CONSULTS", 1_234_567)
                    .workbook("城关镇", 2025).writeTo(pipeline.input(county + "/2025/城关镇.xlsx"));
        }
        Path file = temp.resolve("prefecture.yml");
        Files.writeString(file, region);

        Pipeline.Result result = pipeline.run("--county", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> pages = new RenderedYearbook(Files.readAllBytes(
                pipeline.output().resolve("yearbook/示例市2025年法治政府建设统计年鉴.pdf"))).pages;
        String text = RenderedYearbook.normalized(String.join("\n", pages));
        assertThat(occurrences(text, "29,629,629*")).as("the leaflets' sum, approximate: in 表1-2 and 表4-1")
                .isGreaterThanOrEqualTo(2).isEqualTo(occurrences(text, "29,629,629"));
        assertThat(occurrences(text, "3,703,701")).as("the consultations' sum: in 表1-1, 表1-2, 表5-1 and 表5-2")
                .isGreaterThanOrEqualTo(4);
        assertThat(text).doesNotContain("29,629,62\n", "3,703,70\n");
    }
}
