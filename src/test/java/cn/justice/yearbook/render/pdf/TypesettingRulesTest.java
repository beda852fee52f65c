package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypesettingRulesTest {

    @Test
    void setsHalfWidthBracketsInsideChineseFullWidth() {
        assertThat(Typesetter.fullWidthBrackets("村(社区)法律顾问覆盖率")).isEqualTo("村（社区）法律顾问覆盖率");
        assertThat(Typesetter.fullWidthBrackets("f(x) = 1")).isEqualTo("f(x) = 1");
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        var font = YearbookFonts.load(RenderProperties.Fonts.defaults()).heading();
        String wrapped = LineBreaker.wrap("已配备法律顾问的村（社区）数", font, 8.5f, 50);

        assertThat(wrapped.split("\n")).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(ChineseLineBreaks.NO_LINE_START.indexOf(line.charAt(0))).isNegative())
                .allSatisfy(line -> assertThat(font.getWidthPoint(line, 8.5f)).isLessThanOrEqualTo(50));
    }

    @Test
    void readsFontSettingsWithAnOptionalCollectionIndex() {
        assertThat(FontFile.parse("classpath:fonts/wqy-microhei.ttc,0")).isEqualTo(new FontFile("classpath:fonts/wqy-microhei.ttc", 0));
        assertThat(FontFile.parse("C:\\Windows\\Fonts\\simsun.ttc,1").openPdfName()).isEqualTo("simsun.ttc,1");
        assertThat(FontFile.parse("/usr/share/fonts/simhei.ttf").openPdfName()).isEqualTo("simhei.ttf");
        assertThatThrownBy(() -> FontFile.parse("/usr/share/fonts/NotoSansCJK-Regular.otf"))
                .hasMessageContaining("CFF-based OpenType");
    }
}
