package cn.justice.yearbook.job;

/** Names of the ingest job's parameters. */
final class JobParameterNames {
    static final String RUN_ID = "run.id";
    static final String INPUT = "input";
    static final String YEAR = "year";

    private JobParameterNames() {
    }
}
