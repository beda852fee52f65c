package cn.justice.yearbook.aggregate;

import java.util.Map;

/**
 * The usable values of the current submissions, by year, township and indicator code; and for the
 * yearbook's year, what became of each township's submission.
 */
record StoredFacts(Map<Integer, Map<String, Map<String, Fact>>> values, Map<String, SubmissionOutcome> outcomes) {

    Map<String, Map<String, Fact>> year(int year) {
        return values.getOrDefault(year, Map.of());
    }

    /**
     * @param submissionId the submission standing for the township this year (the rejected one if that is all there is)
     */
    record SubmissionOutcome(long submissionId, String status) {
    }
}
