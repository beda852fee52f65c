package cn.justice.yearbook.config;

import cn.justice.yearbook.finding.Messages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When {@code serve} runs the ingest job, bound from {@code yearbook.schedule.*}. Cron expressions have six
 * fields (second minute hour day-of-month month day-of-week), as Spring's {@link CronExpression}; "-" turns a
 * schedule off.
 *
 * @param cron         the routine run over the whole drop folder (every year)
 * @param yearbookCron the run for the previous year only (the ingest job's year parameter), the one that
 *                     settles the previous year's yearbook; "each night in January" by default, so that
 *                     late reports still make it in
 * @param zone         time zone the expressions are read in; empty for the machine's own
 * @param stopTimeout  how long Ctrl-C or a service stop waits for a run in progress to finish its current
 *                     chunk of files and record itself STOPPED before the process exits anyway
 */
@ConfigurationProperties("yearbook.schedule")
public record ScheduleProperties(
        @DefaultValue("0 30 1 * * *") String cron,
        @DefaultValue("0 0 3 * 1 *") String yearbookCron,
        String zone,
        @DefaultValue("2m") Duration stopTimeout) {

    private static final String DISABLED = "-";

    public ScheduleProperties {
        parse("yearbook.schedule.cron", cron);
        parse("yearbook.schedule.yearbook-cron", yearbookCron);
        zoneOf(zone);
    }

    public Optional<CronExpression> routine() {
        return parse("yearbook.schedule.cron", cron);
    }

    public Optional<CronExpression> yearbook() {
        return parse("yearbook.schedule.yearbook-cron", yearbookCron);
    }

    public ZoneId zoneId() {
        return zoneOf(zone);
    }

    /** Whether a schedule setting switches its schedule off: empty or {@value #DISABLED}. */
    public static boolean isOff(String expression) {
        return expression == null || expression.isBlank() || DISABLED.equals(expression.strip());
    }

    private static Optional<CronExpression> parse(String key, String expression) {
        if (isOff(expression)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CronExpression.parse(expression.strip()));
        } catch (IllegalArgumentException e) {
            // no cause: the console shows the innermost message, and this one already carries the parser's
            throw new IllegalArgumentException(Messages.get("schedule.bad-cron", key, expression, e.getMessage()));
        }
    }

    private static ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.get("schedule.bad-zone", zone));
        }
    }
}
