package cn.justice.yearbook.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Progress lines on the console during a run, bound from {@code yearbook.progress.*}.
 *
 * @param interval at most one "文件 120/500" line this often; each step still announces itself once
 */
@ConfigurationProperties("yearbook.progress")
public record ProgressProperties(@DefaultValue("2s") Duration interval) {
}
