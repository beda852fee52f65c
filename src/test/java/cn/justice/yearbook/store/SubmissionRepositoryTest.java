package cn.justice.yearbook.store;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.testing.MigratedH2;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.ReviewedValue;
import cn.justice.yearbook.validate.SubmissionStatus;
import cn.justice.yearbook.validate.ValueOnRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRepositoryTest {

    private final DataSource dataSource = MigratedH2.latest("submissions");
    private final SubmissionRepository submissions =
            new SubmissionRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));

    /** 22,000: a sheet of the default {@code max-rows} (2,000), 11 values a row. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 60, 22_000})
    void storesEveryValueOnceAndInTheWorkbooksOrder(int count) {
        List<ReviewedValue> values = IntStream.range(0, count).mapToObj(SubmissionRepositoryTest::value).toList();
        long other = submissions.save(submission("b".repeat(64), values.stream().limit(3).toList()), "县", 1, Instant.now());

        long id = submissions.save(submission("a".repeat(64), values), "县", 1, Instant.now());

        assertThat(submissions.values(id)).isEqualTo(values.stream().map(v -> stored(id, v)).toList());
        assertThat(submissions.values(other)).hasSize(Math.min(3, count));
    }

    /** A prefecture's values come one county at a time, each county's all of them, by year, township and as stored. */
    @Test
    void givesUsableCurrentValuesCountyByCountyInReviewOrder() {
        List<ReviewedValue> values = IntStream.range(0, 10).mapToObj(SubmissionRepositoryTest::value).toList();
        long b2025 = submissions.save(submission("1".repeat(64), "青山镇", 2025, values), "乙县", 1, Instant.now());
        long a2025 = submissions.save(submission("2".repeat(64), "白石镇", 2025, values), "甲县", 1, Instant.now());
        long a2024 = submissions.save(submission("3".repeat(64), "城东街道", 2024, values), "甲县", 1, Instant.now());
        long b2024 = submissions.save(submission("4".repeat(64), "城东街道", 2024, values), "乙县", 1, Instant.now());
        long rejected = submissions.save(submission("5".repeat(64), "石门镇", 2025, values), "丙县", 1, Instant.now());
        submissions.updateStatuses(java.util.Map.of(rejected, SubmissionStatus.REJECTED));
        List<String> usableCodes = values.stream().filter(ReviewedValue::usable).map(v -> v.reported().code()).toList();

        List<List<ValueOnRecord>> counties = new ArrayList<>();
        submissions.usableCurrentValuesByCounty(counties::add);

        assertThat(counties).hasSize(2);
        assertThat(counties.get(0)).extracting(ValueOnRecord::county).containsOnly("乙县");
        assertThat(counties.get(1)).extracting(ValueOnRecord::county).containsOnly("甲县");
        for (List<ValueOnRecord> county : counties) {
            List<Long> order = county.stream().map(ValueOnRecord::submissionId).distinct().toList();
            assertThat(county).hasSize(2 * usableCodes.size());
            assertThat(county.subList(0, usableCodes.size())).extracting(ValueOnRecord::code).containsExactlyElementsOf(usableCodes);
            assertThat(order).containsExactly(county == counties.get(0) ? new Long[] {b2024, b2025} : new Long[] {a2024, a2025});
        }

        DataSource single = MigratedH2.latest("single-county");
        SubmissionRepository county = new SubmissionRepository(JdbcClient.create(single), new JdbcTemplate(single));
        county.save(submission("6".repeat(64), "白石镇", 2025, values), null, 1, Instant.now());
        county.save(submission("7".repeat(64), "青山镇", 2024, values), null, 1, Instant.now());
        List<List<ValueOnRecord>> all = new ArrayList<>();
        county.usableCurrentValuesByCounty(all::add);
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).hasSize(2 * usableCodes.size()).extracting(ValueOnRecord::township)
                .startsWith("青山镇").endsWith("白石镇");
    }

    /** A drop folder's checksums are looked up a thousand at a time; every stored one is found, under its checksum. */
    @Test
    void findsStoredSubmissionsByChecksumAcrossQueries() {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < 2_345; i++) {
            String checksum = "%064x".formatted(i);
            ids.put(checksum, submissions.save(submission(checksum, List.of()), "县", 1, Instant.now()));
        }
        List<String> asked = new ArrayList<>(ids.keySet());
        asked.add("f".repeat(64));
        asked.add("unreadable:1a2b");
        asked.add(asked.get(0)); // two files with one content

        Map<String, StoredSubmission> found = submissions.findByChecksums(asked);

        assertThat(found).hasSize(2_345);
        found.forEach((checksum, submission) -> {
            assertThat(submission.checksum()).isEqualTo(checksum);
            assertThat(submission.id()).isEqualTo(ids.get(checksum));
        });
        assertThat(submissions.findByChecksums(List.of())).isEmpty();
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
        return submission(checksum, "东川镇", 2025, values);
    }

    private static ReviewedSubmission submission(String checksum, String township, int year, List<ReviewedValue> values) {
        DroppedFile file = new DroppedFile(Path.of("in/" + year + "/" + township + ".xlsx"), township + ".xlsx",
                year + "/" + township + ".xlsx", 100, Instant.parse("2026-01-02T03:04:05Z"), checksum, year);
        WorkbookReading reading = new WorkbookReading(file, "表", new Township(township, List.of()), year,
                values.stream().map(ReviewedValue::reported).toList(), List.of());
        return new ReviewedSubmission(reading, values, List.of(), SubmissionStatus.ACCEPTED);
    }
}
