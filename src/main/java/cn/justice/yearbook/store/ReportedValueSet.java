package cn.justice.yearbook.store;

import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.validate.ReviewedValue;

import java.math.BigDecimal;
import java.sql.Array;
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
    /** One submission's set ({@code ?}: its id), read with {@code read(rs, 1)}; no row when it has no values. */
    public static final String OF_SUBMISSION = "SELECT " + COLUMNS + " FROM reported_value_set WHERE submission_id = ?";
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
        Object[][] columns = new Object[NOTE + 1][];
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
        int n = values.size();
        String[] codes = new String[n];
        BigDecimal[] numbers = new BigDecimal[n];
        Boolean[] approximate = new Boolean[n];
        Boolean[] usable = new Boolean[n];
        String[] displays = new String[n];
        String[] sheets = new String[n];
        String[] cells = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            ReviewedValue value = values.get(i);
            ReportedValue r = value.reported();
            codes[i] = r.code();
            numbers[i] = r.parsed().hasValue() ? r.parsed().number() : null;
            approximate[i] = r.parsed().approximate();
            usable[i] = value.usable();
            displays[i] = r.display();
            sheets[i] = r.sheet();
            cells[i] = r.cell();
            notes[i] = r.note() == null || r.note().isBlank() ? null : r.note();
        }
        // typed Java arrays, which both drivers take as SQL arrays: H2 converts them once, its createArrayOf twice
        Object[] columns = {codes, numbers, approximate, usable, displays, sheets, cells, notes};
        for (int c = 0; c < columns.length; c++) {
            ps.setObject(firstParameter + c, columns[c]);
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

    public String display(int i) {
        return (String) columns[DISPLAY][i];
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
        return new StoredValue(submissionId, code(i), number(i), approximate(i), usable(i), display(i), sheet(i), cell(i),
                note(i));
    }
}
