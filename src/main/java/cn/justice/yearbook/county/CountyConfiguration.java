package cn.justice.yearbook.county;

import cn.justice.yearbook.config.YearbookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CountyConfiguration {

    @Bean
    Region region(YearbookProperties properties) {
        return CountyLoader.loadRegion(properties.county());
    }

    /** The county of a county file; for a prefecture file, its first county (templates, samples). */
    @Bean
    County county(Region region) {
        return region.counties().get(0);
    }

    @Bean
    TownshipMatcher townshipMatcher(County county) {
        return TownshipMatcher.of(county);
    }

    @Bean
    CountyLocator countyLocator(Region region) {
        return new CountyLocator(region);
    }
}
