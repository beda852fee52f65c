package cn.justice.yearbook.validate;

import java.math.BigDecimal;

/** A usable value of a current (not superseded) submission, as stored: what cross-submission review works on. */
public record ValueOnRecord(long submissionId, String township, int year, String code, BigDecimal number,
                            String sheet, String cell, String note) {
}
