package cn.justice.yearbook.job;

import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.validate.ReviewedSubmission;

/**
 * A dropped file after reading and review, on its way to the store.
 *
 * @param county the county it reports for in a prefecture run; null for a single county's files
 */
record ProcessedFile(IntakeRow intake, ReviewedSubmission reviewed, String county) {
}
