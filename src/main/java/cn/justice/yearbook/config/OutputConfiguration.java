package cn.justice.yearbook.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutputConfiguration {

    @Bean
    OutputLayout outputLayout(YearbookProperties properties) {
        return new OutputLayout(properties.output());
    }

    @Bean
    @ConditionalOnMissingBean
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }
}
