package cn.justice.yearbook.job;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/** Everything the store says about the submissions, without generated ids and timestamps: for comparing two stores. */
final class StoreContents {

    private StoreContents() {
    }

    static List<String> of(JdbcClient db) {
        List<String> rows = new ArrayList<>(db.sql("""
                SELECT s.township || '|' || s.report_year || '|' || s.status || '|' || s.checksum || '|' || v.indicator_code
                       || '|' || COALESCE(CAST(v.value_number AS VARCHAR), '') || '|' || v.usable || '|' || v.cell_ref
                FROM submission s JOIN reported_value v ON v.submission_id = s.id""").query(String.class).list());
        rows.addAll(db.sql("""
                SELECT s.township || '|' || f.rule_id || '|' || COALESCE(f.cell_ref, '') || '|' || f.message
                FROM submission s JOIN finding f ON f.submission_id = s.id""").query(String.class).list());
        rows.sort(null);
        return rows;
    }
}
