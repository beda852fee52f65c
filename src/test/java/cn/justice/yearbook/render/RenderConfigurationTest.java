package cn.justice.yearbook.render;

import cn.justice.yearbook.render.pdf.YearbookFonts;
import cn.justice.yearbook.render.pdf.YearbookPdfRenderer;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class RenderConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RenderProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, RenderConfiguration.class);

    @Test
    void shipsFontsThatNeedNoSystemFont() {
        context.run(ctx -> {
            RenderProperties properties = ctx.getBean(RenderProperties.class);

            assertThat(properties.fonts().body()).isEqualTo("classpath:fonts/gbsn00lp.ttf");
            assertThat(properties.fonts().heading()).isEqualTo("classpath:fonts/wqy-microhei.ttc,0");
            assertThat(properties.maxColumns()).isEqualTo(7);
            assertThat(ctx.getBean(YearbookPdfRenderer.class)).isNotNull();
            assertThat(ctx.getBean(CompanionWorkbookWriter.class)).isNotNull();
        });
    }

    @Test
    void letsTheBureauNameItsOwnFonts() {
        context.withPropertyValues("yearbook.render.fonts.body=C:/Windows/Fonts/simsun.ttc,0",
                        "yearbook.render.fonts.heading=C:/Windows/Fonts/simhei.ttf", "yearbook.render.max-columns=5")
                .run(ctx -> {
                    RenderProperties properties = ctx.getBean(RenderProperties.class);

                    assertThat(properties.fonts().body()).isEqualTo("C:/Windows/Fonts/simsun.ttc,0");
                    assertThat(properties.fonts().heading()).isEqualTo("C:/Windows/Fonts/simhei.ttf");
                    assertThat(properties.fonts().figures()).isEqualTo("classpath:fonts/wqy-microhei.ttc,0");
                    assertThat(properties.maxColumns()).isEqualTo(5);
                });
    }

    @Test
    void aFontParsedAheadThatCannotBeUsedFailsWhenTheRendererIsNeededWithTheSameMessage() {
        context.withPropertyValues("yearbook.render.fonts.body=classpath:fonts/no-such-font.ttf")
                .run(ctx -> {
                    ctx.getBean(FontLoading.class); // as a run starts it, on its own thread
                    Throwable direct = catchThrowable(() -> YearbookFonts.load(ctx.getBean(RenderProperties.class).fonts()));
                    assertThat(direct).isNotNull();
                    assertThatThrownBy(() -> ctx.getBean(YearbookPdfRenderer.class))
                            .hasStackTraceContaining(direct.getClass().getName() + ": " + direct.getMessage())
                            .rootCause().isInstanceOf(direct.getCause().getClass()).hasMessage(direct.getCause().getMessage());
                });
    }

    @Test
    void theFontsParsedAheadAreTheOnesTheRendererUses() {
        context.run(ctx -> {
            FontLoading loading = ctx.getBean(FontLoading.class);
            assertThat(ctx.getBean(YearbookFonts.class)).isSameAs(loading.fonts());
        });
    }
}
