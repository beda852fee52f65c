package cn.justice.yearbook.store;

import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.validate.ReviewedValue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One submission's values as the store keeps them (migration V7): one row of parallel arrays, element {@code i} of
 * each being the value at place {@code i} of the file (0-based here, 1-based in SQL).
 */
public final class ReportedValueSet {

    /** The set's columns, in the order {@link #read} takes them. */
    public static final String COLUMNS =
            "indicator_codes, value_numbers, approximate, usable, display_texts, sheet_names, cell_refs, notes";
    /** Elements an array column holds at most (H2's default maximum cardinality). */
    public static final int MAX_VALUES = 65_536;

    private static final int CODE = 0;
    private static final int NUMBER = 1;
    private static final int APPROXIMATE = 2;
    private static final int USABLE = 3;
    private static final int DISPLAY = 4;
    private static final int SHEET = 5;
    private static final int CELL = 6;
    private static final int NOTE = 7;
    private static final String[] SQL_TYPES = {"varchar", "numeric", "boolean", "boolean", "varchar", "varchar", "varchar", "varchar"};

    private final Object[][] columns;

    /** {@link #COLUMNS} of the table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private ReportedValueSet(Object[][] columns) {
        this.columns = columns;
    }

    /** Reads the set from {@link #COLUMNS}, the first of them at {@code firstColumn}. */
    public static ReportedValueSet read(ResultSet rs, int firstColumn) throws SQLException {
        Object[][] columns = new Object[SQL_TYPES.length][];
        for (int c = 0; c < columns.length; c++) {
            Array array = rs.getArray(firstColumn + c);
            columns[c] = (Object[]) array.getArray();
            array.free();
        }
        return new ReportedValueSet(columns);
    }

    /** Sets {@link #COLUMNS} of an INSERT to the values, the first of them at parameter {@code firstParameter}. */
    static void bind(List<ReviewedValue> values, PreparedStatement ps, int firstParameter) throws SQLException {
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a submission holds at most " + MAX_VALUES + " values, not " + values.size());
        }
        Object[][] columns = new Object[SQL_TYPES.length][values.size()];
        for (int i = 0; i < values.size(); i++) {
            ReviewedValue value = values.get(i);
            ReportedValue r = value.reported();
            columns[CODE][i] = r.code();
            columns[NUMBER][i] = r.parsed().hasValue() ? r.parsed().number() : null;
            columns[APPROXIMATE][i] = r.parsed().approximate();
            columns[USABLE][i] = value.usable();
            columns[DISPLAY][i] = r.display();
            columns[SHEET][i] = r.sheet();
            columns[CELL][i] = r.cell();
            columns[NOTE][i] = r.note() == null || r.note().isBlank() ? null : r.note();
        }
        Connection connection = ps.getConnection();
        for (int c = 0; c < columns.length; c++) {
            ps.setArray(firstParameter + c, connection.createArrayOf(SQL_TYPES[c], columns[c]));
        }
    }

    public int size() {
        return columns[CODE].length;
    }

    public String code(int i) {
        return (String) columns[CODE][i];
    }

    public BigDecimal number(int i) {
        return (BigDecimal) columns[NUMBER][i];
    }

    public boolean approximate(int i) {
        return (Boolean) columns[APPROXIMATE][i];
    }

    public boolean usable(int i) {
        return (Boolean) columns[USABLE][i];
    }

    public String sheet(int i) {
        return (String) columns[SHEET][i];
    }

    public String cell(int i) {
        return (String) columns[CELL][i];
    }

    public String note(int i) {
        return (String) columns[NOTE][i];
    }

    /** The value at place {@code i} with its provenance. */
    StoredValue stored(long submissionId, int i) {
        return new StoredValue(submissionId, code(i), number(i), approximate(i), usable(i), (String) columns[DISPLAY][i],
                sheet(i), cell(i), note(i));
    }
}
