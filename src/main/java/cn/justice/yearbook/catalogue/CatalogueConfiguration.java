package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.config.YearbookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    Catalogue catalogue(YearbookProperties properties) {
        return CatalogueLoader.load(properties.catalogue());
    }
}
