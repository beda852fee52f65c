package cn.justice.yearbook.testing;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** In-memory H2 databases with the migrations the embedded store runs, up to a version or all of them. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A fresh database with every migration. */
    public static SimpleDriverDataSource latest(String name) {
        return upTo(name, "latest");
    }

    /** A fresh database with the migrations up to {@code version}, as a store of that version holds it. */
    public static SimpleDriverDataSource upTo(String name, String version) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, version);
        return dataSource;
    }

    /** Runs the migrations up to {@code version} ("latest" for all). */
    public static void migrate(SimpleDriverDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).target(version)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
    }
}
