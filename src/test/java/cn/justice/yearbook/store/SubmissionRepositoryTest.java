package cn.justice.yearbook.store;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.ReviewedValue;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRepositoryTest {

    private final DataSource dataSource = StoreSchemaTest.migratedH2("submissions");
    private final SubmissionRepository submissions =
            new SubmissionRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SubmissionRepository.VALUES_PER_INSERT, 2 * SubmissionRepository.VALUES_PER_INSERT + 1})
    void storesEveryValueOnceAndInTheWorkbooksOrder(int count) {
        List<ReviewedValue> values = IntStream.range(0, count).mapToObj(SubmissionRepositoryTest::value).toList();
        long other = submissions.save(submission("b".repeat(64), values.stream().limit(3).toList()), "县", 1, Instant.now());

        long id = submissions.save(submission("a".repeat(64), values), "县", 1, Instant.now());

        assertThat(submissions.values(id)).isEqualTo(values.stream().map(v -> stored(id, v)).toList());
        assertThat(submissions.values(other)).hasSize(Math.min(3, count));
    }

    private static ReviewedValue value(int i) {
        Indicator indicator = new Indicator("CODE_" + i, "指标" + i, List.of(), "类", "件", IndicatorType.COUNT, null,
                null, null, false, false, null, List.of(), null);
        ParsedValue parsed = switch (i % 3) {
            case 0 -> ParsedValue.of(BigDecimal.valueOf(i), false, null, false);
            case 1 -> ParsedValue.of(new BigDecimal("2000.5"), true, "件", false);
            default -> ParsedValue.missing();
        };
        String note = switch (i % 4) {
            case 0 -> "说明 " + i;
            case 1 -> " ";
            default -> null;
        };
        return new ReviewedValue(new ReportedValue(indicator, "表" + i % 2, "E" + (i + 7), "显示 " + i, parsed, note, null),
                i % 5 != 0);
    }

    private static StoredValue stored(long submissionId, ReviewedValue v) {
        ReportedValue r = v.reported();
        return new StoredValue(submissionId, r.code(),
                r.parsed().hasValue() ? r.parsed().number().setScale(8) : null, r.parsed().approximate(), v.usable(),
                r.display(), r.sheet(), r.cell(), r.note() == null || r.note().isBlank() ? null : r.note());
    }

    private static ReviewedSubmission submission(String checksum, List<ReviewedValue> values) {
        DroppedFile file = new DroppedFile(Path.of("in/2025/东川镇.xlsx"), "东川镇.xlsx", "2025/东川镇.xlsx", 100,
                Instant.parse("2026-01-02T03:04:05Z"), checksum, 2025);
        WorkbookReading reading = new WorkbookReading(file, "表", new Township("东川镇", List.of()), 2025,
                values.stream().map(ReviewedValue::reported).toList(), List.of());
        return new ReviewedSubmission(reading, values, List.of(), SubmissionStatus.ACCEPTED);
    }
}
