package cn.justice.yearbook;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.common.XmlFactories;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import picocli.CommandLine;

/**
 * Entry point. The command line is parsed first (so {@code --help} is instant and options can
 * override settings); each sub-command then starts the Spring context it needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YearbookApplication {

    public static void main(String[] args) {
        XmlFactories.pin();
        System.exit(YearbookCommand.execute(args));
    }
}
