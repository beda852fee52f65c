package cn.justice.yearbook.job;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a roll-up's long tables (a row per county) break over pages. The generator's prefecture of 100 counties of 3
 * townships (seed 7) had two tables start at the foot of a page with their caption and two rows (表2-2, 表10-2), and
 * five end on a page of their own holding only the headings repeated over the notes (表4-1, 表5-1, 表5-2, 表6-1, 表6-2).
 */
class RollUpTableBreaksJobTest {

    private static final Pattern TABLE_CAPTION = Pattern.compile("^(表\\d+-\\d+) \\d{4}年各县（市、区）.*$", Pattern.MULTILINE);
    private static final Pattern ANY_CAPTION = Pattern.compile("^[表图]\\d+-\\d+ ", Pattern.MULTILINE);
    /** A county's row: its name, then figures only (numbers, marks, "…" and "—"). */
    private static final Pattern COUNTY_ROW = Pattern.compile("^\\S+(?: [-\\d,.…—△*#]+)+$", Pattern.MULTILINE);

    private static List<String> pages;

    @BeforeAll
    static void runOverAGeneratedPrefecture(@TempDir Path temp) throws IOException {
        Pipeline pipeline = new Pipeline(temp.resolve("run"));
        Path region = temp.resolve("region.yml");
        StringWriter err = new StringWriter();
        int generated = YearbookCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "sample-region", "--counties", "100", "--townships", "3", "--years", "1", "--mistakes", "0", "--seed", "7",
                "--input", pipeline.input().toString(), "--output", temp.resolve("generator").toString(),
                "--region-file", region.toString());
        assertThat(generated).as(err.toString()).isZero();
        Pipeline.Result result = pipeline.run("--county", region.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path rollUp;
        try (var yearbooks = Files.list(pipeline.output().resolve("yearbook"))) {
            rollUp = yearbooks.filter(p -> p.getFileName().toString().matches("示例市\\d{4}年法治政府建设统计年鉴\\.pdf"))
                    .findFirst().orElseThrow();
        }
        pages = new RenderedYearbook(Files.readAllBytes(rollUp)).pages.stream().map(RenderedYearbook::normalized).toList();
    }

    @Test
    void aLongTableStartsWithAtLeastEightOfItsRowsOnItsFirstPage() {
        int continued = 0;
        for (int p = 0; p + 1 < pages.size(); p++) {
            Matcher caption = TABLE_CAPTION.matcher(pages.get(p));
            String table = null;
            int end = -1;
            while (caption.find()) {
                table = caption.group(1);
                end = caption.end();
            }
            if (table == null || !pages.get(p + 1).contains(table + " ")) {
                continue; // no table on this page, or its last table ends on it
            }
            long rows = COUNTY_ROW.matcher(pages.get(p).substring(end)).results().count();
            assertThat(rows).as("rows of %s on page %d, before it goes on over the leaf", table, p + 1).isGreaterThanOrEqualTo(8);
            continued++;
        }
        assertThat(continued).as("tables of 100 counties that go on over pages").isGreaterThan(20);
    }

    @Test
    void noPageHoldsATablesHeadingsAndNotesWithoutARow() {
        int notesSeen = 0;
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            Matcher caption = TABLE_CAPTION.matcher(page);
            while (caption.find()) {
                Matcher next = ANY_CAPTION.matcher(page);
                int end = next.find(caption.end()) ? next.start() : page.length();
                String table = page.substring(caption.end(), end);
                int notes = table.indexOf("注：");
                if (notes >= 0) {
                    assertThat(COUNTY_ROW.matcher(table.substring(0, notes)).results().count())
                            .as("rows of %s above its notes on page %d", caption.group(1), p + 1).isPositive();
                    notesSeen++;
                }
            }
        }
        assertThat(notesSeen).as("tables whose notes were looked at").isGreaterThan(15);
    }
}
