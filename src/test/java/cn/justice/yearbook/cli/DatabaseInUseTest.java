package cn.justice.yearbook.cli;

import cn.justice.yearbook.job.RunInProgressException;
import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.H2FileHeldElsewhere;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run started while another program has the embedded database open (a run in another window, H2's console) stops
 * at once with that reason and exit code 1, records nothing, and the next run, once the file is free, goes ahead.
 */
class DatabaseInUseTest {

    @Test
    void aRunWhileAnotherProgramHasTheDatabaseIsRefusedWithTheReason(@TempDir Path temp) throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        assertThat(pipeline.run().exitCode()).isZero();
        CompleteReport.values().workbook("云溪镇", 2025).writeTo(pipeline.input("2025/云溪镇.xlsx"));

        Pipeline.Result refused;
        try (H2FileHeldElsewhere held = new H2FileHeldElsewhere(
                "jdbc:h2:file:" + pipeline.output().resolve("database/yearbook").toAbsolutePath())) {
            refused = pipeline.run();
        }

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("运行未能完成：" + RunInProgressException.DATABASE_IN_USE);
        assertThat(pipeline.output().resolve("reports/run-2.json")).doesNotExist();
        Pipeline.Result next = pipeline.run();
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(pipeline.latestReport().summary().accepted()).isEqualTo(1);
        assertThat(pipeline.latestReport().summary().unchanged()).isEqualTo(1);
    }
}
