package cn.justice.yearbook.cli;

import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.sample.SampleInputTask;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "为示例县生成示例报表（写入报送文件夹的年度子文件夹），含少量故意设置的常见错误，用于演示和测试。"
                + "同一 --seed 生成的文件完全相同。")
class SampleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--from", defaultValue = "2023", paramLabel = "YYYY", description = "起始年度（默认 ${DEFAULT-VALUE}）")
    int from;

    @Option(names = "--to", defaultValue = "2025", paramLabel = "YYYY", description = "截止年度（默认 ${DEFAULT-VALUE}）")
    int to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            YearbookProperties properties = context.getBean(YearbookProperties.class);
            String line = SampleInputTask.fromLocations(properties.catalogue(), properties.county())
                    .run(seed, from, to, properties.input());
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
