package cn.justice.yearbook.cli;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.render.workbook.TemplateWriter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "为每个乡镇（街道）生成指定年度的报表模板（Excel），写入 output/templates/<年度>/，下发各乡镇填报。")
class TemplateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报表年度")
    int year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common.springArguments())) {
            Path dir = context.getBean(OutputLayout.class).templatesDir(year);
            List<Path> written = new TemplateWriter(context.getBean(Catalogue.class), context.getBean(County.class))
                    .writeAll(year, dir);
            spec.commandLine().getOut().printf("已生成 %d 个乡镇（街道）的 %d 年度报表模板：%s%n", written.size(), year, dir);
        }
        return 0;
    }
}
