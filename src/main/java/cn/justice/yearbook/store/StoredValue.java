package cn.justice.yearbook.store;

import java.math.BigDecimal;

/** A reported value as stored, with its provenance. */
public record StoredValue(long submissionId, String code, BigDecimal number, boolean approximate, boolean usable,
                          String display, String sheet, String cell, String note) {
}
