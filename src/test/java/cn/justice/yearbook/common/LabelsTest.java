package cn.justice.yearbook.common;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Test
    void everyCharacterTakenWithoutTheNormalizerIsWhatTheNormalizerMakesOfIt() {
        List<Character> taken = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char mapped = Labels.commonNfkc(c);
            if (mapped != 0) {
                assertThat(String.valueOf(mapped)).as("U+%04X", (int) c).isEqualTo(nfkc(String.valueOf(c)));
                taken.add(c);
            }
        }
        assertThat(taken).hasSizeGreaterThan(20_000 + 94 + 94);
        // and side by side, each after and before another: nothing they are next to changes them
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < taken.size(); i++) {
            text.append(taken.get(i)).append(taken.get((i * 7919) % taken.size()));
        }
        assertThat(Labels.commonNfkc(text.toString())).isEqualTo(nfkc(text.toString()));
    }

    @Test
    void otherTextIsLeftToTheNormalizer() {
        for (String text : new String[]{"\uF900", "e\u0301", "A\tB", "\u2460", "㎡", "…", "ｶ", "\u3036", "\u3038"}) {
            assertThat(Labels.commonNfkc(text)).as(text).isNull();
        }
    }

    @Test
    void halfWidthNormalisesFullWidthText() {
        assertThat(Labels.halfWidth(" 调解成功率（％）\u3000")).isEqualTo("调解成功率(%)");
        assertThat(Labels.halfWidth("４０件")).isEqualTo("40件");
        assertThat(Labels.halfWidth("  渠南街道 ")).isEqualTo("渠南街道");
        assertThat(Labels.halfWidth("面积（㎡）…")).isEqualTo(nfkc("面积（㎡）…").strip());
    }

    @Test
    void withoutSpacesRemovesWhatTheSpacePatternMatches() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3100; c++) {
            all.append(c).append('x');
        }
        all.append("\uFEFF\u205F\u202F");
        String text = all.toString();
        assertThat(Labels.withoutSpaces(text)).isEqualTo(text.replaceAll("[\\s\\p{Z}]", ""));
        String plain = "渠南街道";
        assertThat(Labels.withoutSpaces(plain)).isSameAs(plain);
        assertThat(Labels.withoutSpaces(" 填报单位：\u3000渠南 街道\t")).isEqualTo("填报单位：渠南街道");
    }
}
