package cn.justice.yearbook.validate;

/** One kind of check over a single submission. Rules run in order; later rules see what earlier ones excluded. */
interface SubmissionRule {
    void check(ReviewContext context);
}
