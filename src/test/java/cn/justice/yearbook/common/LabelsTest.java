package cn.justice.yearbook.common;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void textOfAsciiAndCommonIdeographsIsTakenAsItIs() {
        assertThat(Labels.unchangedByNfkc("人民调解案件受理数 (件) A01")).isTrue();
        assertThat(Labels.unchangedByNfkc("")).isTrue();
        // full-width forms, the ideographic space, compatibility ideographs, combining marks, controls: NFKC's work
        for (String text : new String[]{"（件）", "４０", "调解\u3000成功", "\uF900", "e\u0301", "A\tB", "\u2460", "㎡"}) {
            assertThat(Labels.unchangedByNfkc(text)).as(text).isFalse();
        }
    }

    @Test
    void halfWidthGivesWhatNfkcGivesForEveryCharacterOfTheFastRange() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0x7F; c++) {
            all.append(c);
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            all.append(c).append('a');
        }
        String text = all.toString();
        assertThat(Labels.unchangedByNfkc(text)).isTrue();
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).isEqualTo(text);
    }

    @Test
    void halfWidthStillNormalisesFullWidthText() {
        assertThat(Labels.halfWidth(" 调解成功率（％）\u3000")).isEqualTo("调解成功率(%)");
        assertThat(Labels.halfWidth("４０件")).isEqualTo("40件");
        assertThat(Labels.halfWidth("  渠南街道 ")).isEqualTo("渠南街道");
    }
}
