package cn.justice.yearbook.finding;

import cn.justice.yearbook.validate.SubmissionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule and status has its Chinese text, and the message catalogue holds nothing that no rule uses. */
class MessagesCoverageTest {

    @Test
    void everyRuleHasAChineseMessage() {
        for (Rule rule : Rule.values()) {
            assertThat(Messages.has(rule.messageKey())).as(rule.messageKey()).isTrue();
            assertThat(Messages.get(rule.messageKey())).containsPattern("\\p{IsHan}");
        }
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertThat(status.label()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void noMessageIsLeftOverFromARuleThatNoLongerExists() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("rule.")) {
                assertThat(Arrays.stream(Rule.values()).map(Rule::messageKey)).as(key).contains(key);
            }
        }
    }
}
