package cn.justice.yearbook.ingest;

import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.finding.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code yearbook.ingest.max-file-size} and {@code max-rows} reach the opener; 20 MB (MiB) and 2000 rows unless set. */
class MaxFileSizeSettingTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToTwentyMebibytes() {
        assertThat(bind(Map.of()).ingest().maxFileSize().toBytes()).isEqualTo(WorkbookOpener.DEFAULT_MAX_FILE_SIZE);
    }

    @Test
    void theConfiguredMaximumRejectsLargerFiles() throws Exception {
        YearbookProperties properties = bind(Map.of("yearbook.ingest.max-file-size", "2KB"));
        WorkbookOpener opener = new IngestConfiguration().workbookOpener(properties);
        Path file = Files.write(dir.resolve("报表.xlsx"), TestPackages.realXlsx());

        OpenOutcome outcome = OpenOutcome.of(opener, file);

        assertThat(outcome.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
        assertThat(outcome.operatorMessage()).contains("the limit is 2048");
    }

    @Test
    void theConfiguredRowLimitRejectsLongerSheets() throws Exception {
        assertThat(bind(Map.of()).ingest().maxRows()).isEqualTo(WorkbookOpener.DEFAULT_MAX_ROWS);
        YearbookProperties properties = bind(Map.of("yearbook.ingest.max-rows", "20"));
        WorkbookOpener opener = new IngestConfiguration().workbookOpener(properties);
        Path file = Files.write(dir.resolve("报表.xlsx"), TestPackages.realXlsx());

        OpenOutcome outcome = OpenOutcome.of(opener, file);

        assertThat(outcome.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
        assertThat(outcome.detailZh()).contains("超过 20 行");
    }

    @Test
    void aRowLimitBeyondWhatASubmissionCanHoldIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("yearbook.ingest.max-rows", "2000000")))
                .hasRootCauseMessage("yearbook.ingest.max-rows must be between 1 and 5000, not 2000000");
    }

    private static YearbookProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("yearbook", YearbookProperties.class);
    }
}
