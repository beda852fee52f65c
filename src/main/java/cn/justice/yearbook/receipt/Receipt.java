package cn.justice.yearbook.receipt;

import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.store.StoredSubmission;

import java.time.Instant;
import java.util.List;

/**
 * The receipt table of one year (or, with {@code year} null, of files whose year could not be told).
 *
 * @param entries  every file received as a submission, in county order of townships, then as received
 * @param setAside files that were found but not taken as submissions: lock and temporary files, copies of
 *                 files already received, files still being copied
 */
public record Receipt(Integer year, List<Entry> entries, List<SetAside> setAside) {

    public Receipt {
        entries = List.copyOf(entries);
        setAside = List.copyOf(setAside);
    }

    /**
     * One received file.
     *
     * @param township     the township it reports for, or null when it could not be told
     * @param outcome      what became of it
     * @param mainFinding  the finding that matters most (one rejecting the file, else the first error, else the
     *                     first open warning), with its cell; null when there is none
     * @param supersededBy the file that replaced it, relative to the drop folder, or null
     * @param feedback     its feedback workbook, relative to the output folder
     * @param quarantine   the untouched copy of a rejected file, relative to the output folder, or null
     */
    public record Entry(String township, String file, Instant receivedAt, String checksum, Outcome outcome, int errors,
                        int warnings, String mainFinding, String supersededBy, String feedback, String quarantine) {
    }

    /** What became of a received file, as the receipt tells it. */
    public enum Outcome {
        ACCEPTED, WARNINGS, ERRORS, REJECTED, SUPERSEDED;

        static Outcome of(StoredSubmission submission) {
            return submission.supersededBy() != null ? SUPERSEDED : valueOf(submission.status().name());
        }

        /** In Chinese: 已采用, 退回，文件未能采用 … */
        public String label() {
            return Messages.get("status." + name());
        }
    }

    /**
     * A file found but not taken.
     *
     * @param status what was done with it, in Chinese
     * @param note   why, in Chinese (「与「2025/渠南街道.xlsx」内容相同」), or null
     */
    public record SetAside(String file, Instant seenAt, String status, String note) {
    }

    /** The year a file was sent for: its year folder (input/2025/…), else the year it reports on, else null. */
    public static Integer yearOf(StoredSubmission submission) {
        Integer folder = DropFolderScanner.folderYear(submission.relativePath());
        return folder != null ? folder : submission.year();
    }
}
