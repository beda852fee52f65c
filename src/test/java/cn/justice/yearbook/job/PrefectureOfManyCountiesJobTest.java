package cn.justice.yearbook.job;

import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static cn.justice.yearbook.render.pdf.RenderedYearbook.occurrences;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prefecture of more counties than one page holds bars: the roll-up's comparison charts go on over
 * several pages, every county drawn once, instead of a chart taller than the page (which OpenPDF leaves
 * out, printing "ERROR: Infinite table loop" in its place). An autonomous county's long name is drawn whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefectureOfManyCountiesJobTest {

    private static final int COUNTIES = 45;
    /** Counties, some with long names, beyond the first 33: none reports legal-publicity events. */
    private static final int LONG_NAMED = 20;
    /** A page's worth of bars, and a long note naming the other 32 counties. */
    private static final int WITH_EVENTS = 33;
    private static final Pattern NEXT_CAPTION = Pattern.compile("[图表]\\d+-\\d+");

    private final List<String> counties = new ArrayList<>();
    private List<String> pages;

    @BeforeAll
    void runOverThePrefecture(@TempDir Path temp) throws IOException {
        Pipeline pipeline = new Pipeline(temp);
        StringBuilder region = new StringBuilder("prefecture:\n  name: 示例市\n  counties:\n");
        for (int i = 0; i < COUNTIES + LONG_NAMED; i++) {
            String name = "东西南北中".charAt(i / 9 % 5) + "山水河湖林田石松竹".substring(i % 9, i % 9 + 1);
            String county = i < COUNTIES ? name + "县" : name + "拉祜族佤族布朗族傣族自治县";
            counties.add(county);
            region.append("    - name: ").append(county).append("\n      townships:\n        - name: 城关镇\n");
            CompleteReport report = CompleteReport.values().with("ORG_LAW_MEETINGS", 1 + i); // same bytes count once
            if (i >= WITH_EVENTS) {
                report = report.without("PUB_EVENTS");
            }
            report.workbook("城关镇", 2025).writeTo(pipeline.input(county + "/2025/城关镇.xlsx"));
        }
        Path file = temp.resolve("prefecture.yml");
        Files.writeString(file, region);
        Pipeline.Result result = pipeline.run("--county", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        pages = new RenderedYearbook(Files.readAllBytes(
                pipeline.output().resolve("yearbook/示例市2025年法治政府建设统计年鉴.pdf"))).pages;
    }

    @Test
    void everyChartIsPrinted() {
        assertThat(pages).noneMatch(page -> page.contains("Infinite table loop"));
    }

    @Test
    void aComparisonOfMoreCountiesThanAPageHoldsGoesOnOverPagesWithEveryCountyOnce() {
        String caption = "图2-1"; // one year on record: no trend chart before the comparison
        List<Integer> chartPages = IntStream.range(0, pages.size())
                .filter(p -> text(p).contains(caption + "2025年各县（市、区）"))
                .filter(p -> text(p).contains("全市平均")).boxed().toList(); // the chart's key: not the contents
        assertThat(chartPages).as("the chart and its continuation").hasSize(2);
        String first = text(chartPages.get(0));
        String second = text(chartPages.get(1));
        assertThat(second).contains("（续）");
        assertThat(first).doesNotContain("（续）");
        for (String county : counties) {
            int times = occurrences(chart(first, caption), county) + occurrences(chart(second, caption), county);
            assertThat(times).as("%s in the chart, its whole name", county).isEqualTo(1);
        }
    }

    @Test
    void aPageOfBarsLeavesRoomForALongNoteOfCountiesWithoutTheFigure() {
        String caption = "图4-1"; // 法治宣传活动场次: 33 bars fill a page, the note of 32 counties follows
        List<Integer> chartPages = IntStream.range(0, pages.size())
                .filter(p -> text(p).contains(caption + "2025年各县（市、区）法治宣传活动场次"))
                .filter(p -> text(p).contains("全市平均")).boxed().toList();
        assertThat(chartPages).isNotEmpty();
        String note = String.join("、", counties.subList(WITH_EVENTS, counties.size())) + "无该项数据";
        int last = chartPages.get(chartPages.size() - 1);
        assertThat(text(last) + (last + 1 < pages.size() ? text(last + 1) : "")).contains(note);
    }

    /** A page's text without white space, which the PDF's text positions put in at will. */
    private String text(int page) {
        return pages.get(page).replaceAll("[\\s\u3000]+", "");
    }

    /** The chart's text: from its caption to the next caption, as a page may also hold the tables around it. */
    private static String chart(String page, String caption) {
        String from = page.substring(page.indexOf(caption) + caption.length());
        Matcher next = NEXT_CAPTION.matcher(from);
        return next.find() ? from.substring(0, next.start()) : from;
    }
}
