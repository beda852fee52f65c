package cn.justice.yearbook.store;

import cn.justice.yearbook.validate.SubmissionStatus;

import java.time.Instant;

/**
 * A submission as stored: the file, whom and which year it reports for, and how review judged it.
 *
 * @param county the county in a prefecture run; null for a single county's submissions
 */
public record StoredSubmission(long id, String checksum, String fileName, String relativePath, long size,
                               Instant modified, Instant receivedAt, long jobInstanceId, String township,
                               Integer year, String sheet, SubmissionStatus status, Long supersededBy,
                               String county) {

    public boolean current() {
        return supersededBy == null && status != SubmissionStatus.REJECTED;
    }
}
