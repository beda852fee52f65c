package cn.justice.yearbook.ingest;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.county.TownshipMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    WorkbookOpener workbookOpener(YearbookProperties properties) {
        return new WorkbookOpener(properties.ingest().maxFileSize().toBytes(), properties.ingest().maxRows());
    }

    @Bean
    WorkbookReader workbookReader(Catalogue catalogue, TownshipMatcher townships, WorkbookOpener opener,
                                  YearbookProperties properties) {
        return new WorkbookReader(catalogue, townships, opener,
                properties.ingest().headerSearchRows(), properties.ingest().maxRows());
    }
}
