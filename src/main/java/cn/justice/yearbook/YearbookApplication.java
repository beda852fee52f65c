package cn.justice.yearbook;

import cn.justice.yearbook.cli.YearbookCommand;
import cn.justice.yearbook.common.XmlFactories;
import cn.justice.yearbook.launch.FastStart;
import cn.justice.yearbook.store.H2ValueCache;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the application (the packaged jar's own entry point, {@link cn.justice.yearbook.launch.Launcher},
 * may first have handed the command to the fast start's second JVM, which then starts here). The command line is
 * parsed first (so {@code --help} is instant and options can override settings); each sub-command then starts the
 * Spring context it needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YearbookApplication {

    public static void main(String[] args) {
        FastStart.followLauncher();
        XmlFactories.pin();
        H2ValueCache.turnOff();
        if (Boolean.getBoolean("spring.aot.processing")) {
            // the build's AOT step (spring-boot:process-aot) calls main to capture the context it would start;
            // the command line has no say in that, and exiting the JVM here would end the build step
            SpringApplication.run(YearbookApplication.class, args);
            return;
        }
        System.exit(YearbookCommand.execute(args));
    }
}
