package cn.justice.yearbook.cli;

import cn.justice.yearbook.job.Workers;
import cn.justice.yearbook.sample.RegionSampleTask;
import cn.justice.yearbook.config.YearbookProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "sample-region", mixinStandardHelpOptions = true,
        description = "生成一个虚构地级市的示例报表（报送文件夹下 <县>/<年度>/…），以及运行所需的县（市、区）及乡镇（街道）名单文件，"
                + "用于演示和性能测试。同一 --seed 生成的文件完全相同。")
class SampleRegionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--region-file", paramLabel = "FILE", defaultValue = "region.yml",
            description = "写出的名单文件（默认 ${DEFAULT-VALUE}），运行时用 --county 指定")
    Path regionFile;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "示例市", description = "地级市名称（默认 ${DEFAULT-VALUE}）")
    String name;

    @Option(names = "--counties", paramLabel = "N", defaultValue = "100", description = "县（市、区）个数（默认 ${DEFAULT-VALUE}）")
    int counties;

    @Option(names = "--townships", paramLabel = "N", defaultValue = "20", description = "每个县的乡镇（街道）个数（默认 ${DEFAULT-VALUE}）")
    int townships;

    @Option(names = "--years", paramLabel = "N", defaultValue = "5", description = "年度数，截至 --to（默认 ${DEFAULT-VALUE}）")
    int years;

    @Option(names = "--to", defaultValue = "2025", paramLabel = "YYYY", description = "截止年度（默认 ${DEFAULT-VALUE}）")
    int to;

    @Option(names = "--mistakes", paramLabel = "N", defaultValue = "3",
            description = "每个县在截止年度故意设置的问题个数上限（0—9，默认 ${DEFAULT-VALUE}）")
    int mistakes;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "同时生成的线程数（默认 0，即处理器个数）")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = Workers.count(threads);
        var settings = new RegionSampleTask.Settings(name, counties, townships, to - years + 1, to, mistakes, seed, workers);
        // the context brings the settings (--input, --catalogue) and the logging set-up; no database is touched
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            YearbookProperties properties = context.getBean(YearbookProperties.class);
            String line = RegionSampleTask.fromLocation(properties.catalogue()).run(settings, properties.input(), regionFile);
            spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
