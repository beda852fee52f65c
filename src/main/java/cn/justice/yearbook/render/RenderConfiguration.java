package cn.justice.yearbook.render;

import cn.justice.yearbook.render.pdf.YearbookFonts;
import cn.justice.yearbook.render.pdf.YearbookPdfRenderer;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Builds the renderers from {@code yearbook.render.*}; the fonts are parsed once, on their own thread, from when
 * {@link FontLoading} is first asked for (a run asks at its start) or else when the PDF renderer is first needed.
 */
@Configuration(proxyBeanMethods = false)
class RenderConfiguration {

    @Bean
    @Lazy
    FontLoading fontLoading(RenderProperties properties) {
        return new FontLoading(properties.fonts());
    }

    @Bean
    @Lazy
    YearbookFonts yearbookFonts(FontLoading loading) {
        return loading.fonts();
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
