package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.support.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static cn.justice.yearbook.support.SampleData.CATALOGUE;
import static cn.justice.yearbook.support.SampleData.COUNTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The template opens in another spreadsheet program: LibreOffice reads it, renders it as text, and saves it
 * back as a workbook our reader still understands. Skipped where LibreOffice is not installed (CI has only Java).
 */
class TemplateInLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheTemplateAndSavesItBackReadable() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        Path template = new TemplateWriter(CATALOGUE, COUNTY).write(COUNTY.townships().get(0), 2025, dir);
        Files.move(template, dir.resolve("template.xlsx"));

        convert(soffice.get(), "csv:Text - txt - csv (StarCalc):44,34,76", "template.xlsx", "csv");
        String csv = Files.readString(dir.resolve("csv/template.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("云溪县法治政府建设统计报表（2025年度）").contains("填报单位：,城东街道")
                .contains("MED_SUCCESS_RATE").contains("十一、社区矫正/特殊人群");

        convert(soffice.get(), "xlsx:Calc MS Excel 2007 XML", "template.xlsx", "resaved");
        WorkbookReading reading = SampleData.read(dir.resolve("resaved/template.xlsx"), null);
        assertThat(reading.township().name()).isEqualTo("城东街道");
        assertThat(reading.year()).isEqualTo(2025);
        assertThat(reading.values()).hasSize(CATALOGUE.size());
    }

    private void convert(Path soffice, String filter, String file, String outDir) throws IOException, InterruptedException {
        // a profile of its own, so that a LibreOffice already running for someone else does not swallow the call
        Path profile = dir.resolve("profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", filter, "--outdir", dir.resolve(outDir).toString(), file)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static Optional<Path> onPath(String program) {
        List<String> dirs = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return dirs.stream().map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
