package cn.justice.yearbook.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.Message;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** POI's log lines reach logback as before, and the ones logback would drop are never formatted. */
class LevelCheckedLog4jProviderTest {

    @Test
    void poiLogsThroughTheLevelCheckedBridge() {
        assertThat(LogManager.getLogger(HSSFSheet.class)).isInstanceOf(LevelCheckedLog4jProvider.LevelCheckedLogger.class);
    }

    @Test
    void aLineBelowLogbacksLevelIsNeverBuiltAndOneAtItReachesLogback() {
        String name = "org.apache.poi.test.LevelChecked";
        ch.qos.logback.classic.Logger logback = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
        logback.setLevel(Level.WARN);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logback.addAppender(lines);
        Logger poi = LogManager.getLogger(name);

        Supplier<Message> mustNotBeAsked = () -> {
            throw new AssertionError("a trace line was formatted");
        };
        assertThat(poi.atTrace()).isSameAs(LogBuilder.NOOP);
        poi.atTrace().log(mustNotBeAsked);
        poi.atInfo().log("found {} records", 12);
        poi.atWarn().log("record {} is damaged", 7);
        poi.error("cannot read {}", "Workbook");

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("record 7 is damaged", "cannot read Workbook");
        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.ERROR);
    }
}
