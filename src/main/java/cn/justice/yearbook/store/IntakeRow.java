package cn.justice.yearbook.store;

import java.time.Instant;

/** One file a run found in the drop folder. */
public record IntakeRow(long id, long jobInstanceId, String relativePath, String fileName, long size, Instant modified,
                        String checksum, Integer folderYear, Disposition disposition, Long submissionId, String note) {

    public static IntakeRow found(long jobInstanceId, String relativePath, String fileName, long size, Instant modified,
                                  String checksum, Integer folderYear, Disposition disposition, Long submissionId, String note) {
        return new IntakeRow(0, jobInstanceId, relativePath, fileName, size, modified, checksum, folderYear,
                disposition, submissionId, note);
    }
}
