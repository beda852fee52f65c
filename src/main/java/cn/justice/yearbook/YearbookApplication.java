package cn.justice.yearbook;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.common.XmlFactories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. The command line is parsed first (so {@code --help} is instant and options can
 * override settings); each sub-command then starts the Spring context it needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YearbookApplication {

    public static void main(String[] args) {
        XmlFactories.pin();
        if (Boolean.getBoolean("spring.aot.processing")) {
            // the build's AOT step (spring-boot:process-aot) calls main to capture the context it would start;
            // the command line has no say in that, and exiting the JVM here would end the build step
            SpringApplication.run(YearbookApplication.class, args);
            return;
        }
        System.exit(YearbookCommand.execute(args));
    }
}
