package cn.justice.yearbook.job;

import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.store.SubmissionRepository;
import cn.justice.yearbook.validate.CrossSubmissionReview;
import cn.justice.yearbook.validate.SubmissionFinding;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3: decides which submission stands for each township and year (the latest file that was not
 * rejected; earlier ones are kept as history, marked superseded), then compares current submissions
 * with each other (previous year, peer townships) and settles every submission's status.
 * It works from the store alone, so running it again gives the same result.
 */
class CrossReviewTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CrossReviewTasklet.class);
    static final Comparator<StoredSubmission> LATEST_FIRST = Comparator
            .comparing(StoredSubmission::modified).thenComparing(StoredSubmission::id).reversed();

    private final SubmissionRepository submissions;
    private final CrossSubmissionReview review;

    CrossReviewTasklet(SubmissionRepository submissions, CrossSubmissionReview review) {
        this.submissions = submissions;
        this.review = review;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<StoredSubmission> all = submissions.all();
        Map<Long, Long> superseded = supersession(all);
        submissions.markSuperseded(superseded);

        submissions.deleteFindings(SubmissionRepository.ORIGIN_CROSS);
        List<SubmissionFinding> cross = new ArrayList<>();
        submissions.usableCurrentValuesByCounty(values -> cross.addAll(review.review(values)));
        submissions.insertFindings(cross, SubmissionRepository.ORIGIN_CROSS);

        Map<Long, SubmissionStatus> stored = new HashMap<>();
        all.forEach(s -> stored.put(s.id(), s.status()));
        Map<Long, SubmissionStatus> changed = new LinkedHashMap<>();
        submissions.findingsOfAcceptedSubmissions().forEach((id, findings) -> {
            SubmissionStatus status = SubmissionStatus.of(findings);
            if (status != stored.get(id)) {
                changed.put(id, status); // a rerun over the same store changes none: each update rewrites every index
            }
        });
        submissions.updateStatuses(changed);
        log.info("Cross review: {} superseded submissions, {} cross-submission findings", superseded.size(), cross.size());
        return RepeatStatus.FINISHED;
    }

    /** Maps each superseded submission to the one that replaces it. */
    static Map<Long, Long> supersession(List<StoredSubmission> all) {
        Map<String, List<StoredSubmission>> groups = new HashMap<>();
        for (StoredSubmission s : all) {
            if (s.status() != SubmissionStatus.REJECTED && s.township() != null && s.year() != null) {
                groups.computeIfAbsent(s.county() + "|" + s.township() + "|" + s.year(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, Long> superseded = new HashMap<>();
        for (List<StoredSubmission> group : groups.values()) {
            group.sort(LATEST_FIRST);
            long current = group.get(0).id();
            group.subList(1, group.size()).forEach(s -> superseded.put(s.id(), current));
        }
        return superseded;
    }
}
