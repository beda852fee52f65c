package cn.justice.yearbook.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** The store's repositories over a data source, for tests of the steps that use them outside Spring. */
public final class Repositories {

    private Repositories() {
    }

    public static IntakeRepository intake(DataSource dataSource) {
        return new IntakeRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }

    public static SubmissionRepository submissions(DataSource dataSource) {
        return new SubmissionRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }
}
