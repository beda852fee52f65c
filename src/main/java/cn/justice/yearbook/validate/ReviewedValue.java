package cn.justice.yearbook.validate;

import cn.justice.yearbook.ingest.ReportedValue;

/**
 * A reported value and whether review lets it into totals.
 *
 * @param usable false when the value is missing, unreadable, or has an error finding
 */
public record ReviewedValue(ReportedValue reported, boolean usable) {
}
