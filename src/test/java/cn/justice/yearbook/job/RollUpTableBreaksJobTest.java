package cn.justice.yearbook.job;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.render.pdf.RenderedYearbook;
import cn.justice.yearbook.testing.Pipeline;
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
 * A roll-up's long tables (a row per county) do not start at the foot of a page with their caption and a row or two,
 * and go on over the leaf. The generator's prefecture of 60 counties of 3 townships (seed 7) put five of its tables so
 * (表2-2 with 5 rows, 表9-2, 表11-2 and 表12-2 with 2) before the table writer measured a long table's first rows.
 */
class RollUpTableBreaksJobTest {

    private static final Pattern TABLE_CAPTION = Pattern.compile("^(表\\d+-\\d+) \\d{4}年各县（市、区）.*$", Pattern.MULTILINE);
    /** A county's row: its name, then figures only (numbers, marks, "…" and "—"). */
    private static final Pattern COUNTY_ROW = Pattern.compile("^\\S+(?: [-\\d,.…—△*#]+)+$", Pattern.MULTILINE);

    @Test
    void aLongTableStartsWithAtLeastEightOfItsRowsOnItsFirstPage(@TempDir Path temp) throws IOException {
        Pipeline pipeline = new Pipeline(temp.resolve("run"));
        Path region = temp.resolve("region.yml");
        StringWriter err = new StringWriter();
        int generated = YearbookCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "sample-region", "--counties", "60", "--townships", "3", "--years", "1", "--mistakes", "0", "--seed", "7",
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
        List<String> pages = new RenderedYearbook(Files.readAllBytes(rollUp)).pages.stream()
                .map(RenderedYearbook::normalized).toList();

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
        assertThat(continued).as("tables of 60 counties that go on over pages").isGreaterThan(10);
    }
}
