package cn.justice.yearbook.job;

import cn.justice.yearbook.store.IntakeRow;
import cn.justice.yearbook.validate.ReviewedSubmission;

/** A dropped file after reading and review, on its way to the store. */
record ProcessedFile(IntakeRow intake, ReviewedSubmission reviewed) {
}
