package cn.justice.yearbook.store;

import cn.justice.yearbook.testing.MigratedH2;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeRepositoryTest {

    private final DataSource dataSource = MigratedH2.latest("intake");
    private final IntakeRepository intake = Repositories.intake(dataSource);

    /** More rows than one batch holds, with and without their optional fields, come back as recorded and in order. */
    @Test
    void recordsAnIntakeInOrderWithItsEmptyFields() {
        List<IntakeRow> rows = IntStream.range(0, 1_234).mapToObj(IntakeRepositoryTest::row).toList();

        intake.insertAll(rows);
        intake.insertAll(List.of(IntakeRow.found(8, "a.xlsx", "a.xlsx", 1, Instant.EPOCH, null, null, Disposition.IGNORED,
                null, "hidden file")));

        List<IntakeRow> stored = intake.forJobInstance(7);
        assertThat(stored).extracting(IntakeRow::id).doesNotContain(0L).isSorted();
        assertThat(stored).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").containsExactlyElementsOf(rows);
        assertThat(intake.pending(7)).hasSize((int) rows.stream().filter(r -> r.disposition() == Disposition.PENDING).count());
        assertThat(intake.forJobInstance(8)).hasSize(1);
    }

    private static IntakeRow row(int i) {
        boolean known = i % 3 == 0;
        return IntakeRow.found(7, "2025/镇" + i + ".xlsx", "镇" + i + ".xlsx", 1000 + i,
                Instant.parse("2026-01-02T03:04:05.123Z").plusSeconds(i), i % 5 == 0 ? null : "%064x".formatted(i),
                i % 2 == 0 ? 2025 : null, known ? Disposition.UNCHANGED : Disposition.PENDING, known ? (long) i : null,
                known ? "same content as 镇" + i : null);
    }
}
