package cn.justice.yearbook.job;

import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A run killed while writing an output file leaves its temporary file; the next run clears it away. */
class LeftoverTempFilesTest {

    @TempDir
    Path temp;

    @Test
    void removesTemporaryFilesAKilledRunLeftInTheOutputFolderButNotInOtherCommandsFolders() throws Exception {
        Pipeline pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).writeTo(pipeline.input("2025/渠南街道.xlsx"));
        Path feedbackLeftover = write(pipeline.output().resolve("feedback/2025/.writing-8646527567282148426.tmp"));
        Path reportLeftover = write(pipeline.output().resolve("reports/.run-1.json.0f8fad5b-d9cb-469f-a165-70867728950e.part"));
        Path templateInProgress = write(pipeline.output().resolve("templates/2025/.writing-1621074930186305404.tmp"));
        Path stafferFile = write(pipeline.output().resolve("feedback/2025/说明.tmp"));

        assertThat(pipeline.run().exitCode()).isZero();

        assertThat(feedbackLeftover).doesNotExist();
        assertThat(reportLeftover).doesNotExist();
        assertThat(templateInProgress).exists();
        assertThat(stafferFile).exists();
        assertThat(pipeline.output().resolve("feedback/2025")).isDirectoryContaining("glob:**/审核反馈_渠南街道*.xlsx");
    }

    private static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[]{0x50, 0x4b});
    }
}
