package cn.justice.yearbook.render;

import cn.justice.yearbook.render.pdf.YearbookFonts;
import cn.justice.yearbook.render.pdf.YearbookPdfRenderer;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Builds the renderers from {@code yearbook.render.*}; the fonts are parsed once, when first needed. */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    @Bean
    @Lazy
    YearbookFonts yearbookFonts(RenderProperties properties) {
        return YearbookFonts.load(properties.fonts());
    }

    @Bean
    @Lazy
    YearbookPdfRenderer yearbookPdfRenderer(YearbookFonts fonts, RenderProperties properties) {
        return new YearbookPdfRenderer(fonts, properties.maxColumns());
    }

    @Bean
    CompanionWorkbookWriter companionWorkbookWriter(RenderProperties properties) {
        return new CompanionWorkbookWriter(properties.maxColumns());
    }
}
