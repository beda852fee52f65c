package cn.justice.yearbook.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a store says about the submissions, their values and findings, without generated ids and timestamps,
 * one sorted line each: for comparing two stores, also on different databases (numbers and booleans are written
 * out here, not by the database's own casts).
 */
public final class StoreContents {

    private StoreContents() {
    }

    public static List<String> of(JdbcClient db) {
        List<String> rows = new ArrayList<>(db.sql("""
                SELECT s.township, s.report_year, s.status, s.checksum, v.indicator_code, v.value_number, v.usable, v.cell_ref,
                       s.county
                FROM submission s JOIN reported_value v ON v.submission_id = s.id""")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), plain(rs.getBigDecimal(6)), Boolean.toString(rs.getBoolean(7)), rs.getString(8),
                        String.valueOf(rs.getString(9))))
                .list());
        rows.addAll(db.sql("""
                SELECT s.township, f.origin, f.rule_id, f.severity, f.cell_ref, f.explained, f.message
                FROM submission s JOIN finding f ON f.submission_id = s.id""")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getString(5)), Boolean.toString(rs.getBoolean(6)), rs.getString(7)))
                .list());
        rows.sort(null);
        return rows;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
