package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.config.OutputLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkbookRenderConfiguration {

    @Bean
    FeedbackWorkbookWriter feedbackWorkbookWriter(OutputLayout layout, Catalogue catalogue) {
        return new FeedbackWorkbookWriter(layout, catalogue);
    }
}
