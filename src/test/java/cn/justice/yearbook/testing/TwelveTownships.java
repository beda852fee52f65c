package cn.justice.yearbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve complete 2025 reports, one per township, for the tests that interrupt a run and compare what it
 * stores in the end with an uninterrupted run over the same files.
 */
public final class TwelveTownships {

    public static final List<String> NAMES = List.of("城东街道", "城西街道", "渠南街道", "云溪镇", "青山镇", "白石镇",
            "龙潭镇", "柳林镇", "石门镇", "三汇镇", "永安镇", "桃源乡");

    private TwelveTownships() {
    }

    /** Writes {@code input/2025/<township>.xlsx} for each, with different mediation counts. */
    public static void writeTo(Path input) throws IOException {
        Files.createDirectories(input.resolve("2025"));
        for (int i = 0; i < NAMES.size(); i++) {
            CompleteReport.values().with("MED_CASES", 40 + i).with("MED_SUCCESS_RATE", "")
                    .workbook(NAMES.get(i), 2025).writeTo(input.resolve("2025/" + NAMES.get(i) + ".xlsx"));
        }
    }

    /** What an uninterrupted run over copies of the same files, under {@code root}, stores ({@link StoreContents}). */
    public static List<String> storedByUninterruptedRun(Path input, Path root) throws IOException {
        Pipeline uninterrupted = new Pipeline(root);
        Files.createDirectories(uninterrupted.input("2025"));
        for (String township : NAMES) {
            Files.copy(input.resolve("2025/" + township + ".xlsx"), uninterrupted.input("2025/" + township + ".xlsx"));
        }
        Pipeline.Result result = uninterrupted.run();
        assertThat(result.exitCode()).as(result.err()).isZero();
        return StoreContents.of(uninterrupted.database());
    }
}
