package cn.justice.yearbook.validate;

import java.math.BigDecimal;

/**
 * A usable value of a current (not superseded) submission, as stored: what cross-submission review works on.
 *
 * @param county the county in a prefecture run; null for a single county's submissions
 */
public record ValueOnRecord(long submissionId, String township, int year, String code, BigDecimal number,
                            String sheet, String cell, String note, String county) {
}
