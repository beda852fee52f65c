package cn.justice.yearbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "处理报送文件夹中的全部报表：读取、审核、入库，输出审核反馈和运行报告。")
class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "只处理该年度的报表（input/YYYY/ 文件夹和散放的文件）；报表年度须与之一致。默认处理全部年度。")
    Integer year;

    @Override
    public Integer call() {
        return 0;
    }
}
