package cn.justice.yearbook.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutputConfiguration {

    @Bean
    OutputLayout outputLayout(YearbookProperties properties) {
        return new OutputLayout(properties.output());
    }
}
