package cn.justice.yearbook.county;

import cn.justice.yearbook.config.YearbookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CountyConfiguration {

    @Bean
    County county(YearbookProperties properties) {
        return CountyLoader.load(properties.county());
    }

    @Bean
    TownshipMatcher townshipMatcher(County county) {
        return TownshipMatcher.of(county);
    }
}
