package cn.justice.yearbook.report;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.config.OutputLayout;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the run report as JSON: {@code reports/run-<job instance>.json} and a copy as {@code reports/latest-run.json}. */
@Component
public class RunReportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final OutputLayout layout;

    RunReportWriter(OutputLayout layout) {
        this.layout = layout;
    }

    public Path write(RunReport report) throws IOException {
        byte[] json = JSON.writeValueAsBytes(report);
        Path target = layout.reportsDir().resolve("run-" + report.run().jobInstanceId() + ".json");
        AtomicFiles.write(target, out -> out.write(json));
        AtomicFiles.write(layout.reportsDir().resolve("latest-run.json"), out -> out.write(json));
        return target;
    }
}
