package cn.justice.yearbook.cli;

import cn.justice.yearbook.YearbookApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/** Starts the application context a sub-command needs, with the command-line options as the strongest settings. */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext start(List<String> springArguments) {
        SpringApplication application = new SpringApplication(YearbookApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(true);
        return application.run(springArguments.toArray(String[]::new));
    }
}
