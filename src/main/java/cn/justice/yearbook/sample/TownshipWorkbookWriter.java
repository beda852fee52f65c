package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.render.workbook.TemplateWriter;
import cn.justice.yearbook.render.workbook.WorkbookFiles;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one township's filled-in workbook the way staff produce them, for the sample input and for tests:
 * <pre>{@code
 * TownshipWorkbookWriter.forTownship(catalogue, county, "渠南街道", 2025)
 *         .layout(Layout.FREE_FORM)
 *         .value("MED_CASES", "40件")                       // text exactly as typed
 *         .value("MED_SUCCESS", 34)                         // a number
 *         .value("MED_SUCCESS_RATE", 0.85, CellFormat.PERCENT)
 *         .note("MED_CASES", "含村级调解")
 *         .write(dir.resolve("渠南街道2025年数据.xlsx"));      // .xls → legacy format
 * }</pre>
 * Rows appear in catalogue order; outside the TEMPLATE layout only the indicators given a value, a blank
 * or a note get a row. Nothing checks that the values make sense: mistakes are the point.
 */
public final class TownshipWorkbookWriter {

    /** How the sheet is laid out. */
    public enum Layout {
        /** The bureau's template ({@link TemplateWriter}) filled in: the normal case. */
        TEMPLATE,
        /** A home-made table: title rows, 「单位：……」, columns 「序号|项目|单位|2025年|备注」, names not codes. */
        FREE_FORM,
        /** An old .xls form: header further down, columns 「指标名称|本年数值|计量单位|指标代码|备注」. */
        LEGACY_XLS,
        /** Label and value side by side, no header row. */
        HEADERLESS
    }

    /** The columns of a table layout; {@link #columns} chooses which and in what order. */
    public enum Column { SERIAL, CODE, NAME, UNIT, VALUE, NOTE }

    /** What the name column says for each indicator. */
    public enum RowLabel { NAME, ALIAS }

    private final Catalogue catalogue;
    private final County county;
    private final String township;
    private final int year;
    private Layout layout = Layout.TEMPLATE;
    private final Map<String, CellInput> values = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<ExtraRow> extraRows = new ArrayList<>();
    private final List<String> titleRows = new ArrayList<>();
    private List<Column> columns;
    private final Map<Column, String> captions = new EnumMap<>(Column.class);
    private RowLabel rowLabels = RowLabel.NAME;
    private boolean mergeCategoryRows;
    private String townshipLabel;
    private Integer yearLabel;
    private Instant submitted;

    private TownshipWorkbookWriter(Catalogue catalogue, County county, String township, int year) {
        this.catalogue = catalogue;
        this.county = county;
        this.township = township;
        this.year = year;
    }

    /** A workbook reporting {@code year} for {@code township} (a name of the county or any other text). */
    public static TownshipWorkbookWriter forTownship(Catalogue catalogue, County county, String township, int year) {
        return new TownshipWorkbookWriter(catalogue, county, township, year);
    }

    public TownshipWorkbookWriter layout(Layout layout) {
        this.layout = layout;
        return this;
    }

    /** The value cell holds this text exactly as typed (「40件」, 「2,000」, 「４０」, 「2000余」, 「—」). */
    public TownshipWorkbookWriter value(String code, String typed) {
        values.put(known(code), new CellInput.Text(typed));
        return this;
    }

    /** The value cell holds this number, format General. */
    public TownshipWorkbookWriter value(String code, double number) {
        return value(code, number, CellFormat.GENERAL);
    }

    /** The value cell holds this number in the given format: 0.85 with {@link CellFormat#PERCENT} shows 85%. */
    public TownshipWorkbookWriter value(String code, double number, CellFormat format) {
        values.put(known(code), new CellInput.Number(number, format));
        return this;
    }

    /** A formula with no saved result (as a program writes it); {@code {CODE}} stands for that row's value cell. */
    public TownshipWorkbookWriter formula(String code, String expression) {
        values.put(known(code), new CellInput.Formula(expression, null, CellFormat.GENERAL));
        return this;
    }

    /** A formula with the result Excel saved alongside it. */
    public TownshipWorkbookWriter formula(String code, String expression, double cachedResult, CellFormat format) {
        values.put(known(code), new CellInput.Formula(expression, cachedResult, format));
        return this;
    }

    /** The indicator's row is there, its value cell left empty. */
    public TownshipWorkbookWriter blank(String code) {
        return value(code, "");
    }

    /** The row's 说明 (备注) text. */
    public TownshipWorkbookWriter note(String code, String note) {
        notes.put(known(code), note);
        return this;
    }

    /** What the row's name cell says instead of the catalogue name (an alias, an old name, a typo). */
    public TownshipWorkbookWriter label(String code, String label) {
        labels.put(known(code), label);
        return this;
    }

    public TownshipWorkbookWriter rowLabels(RowLabel rowLabels) {
        this.rowLabels = rowLabels;
        return this;
    }

    /** A second row for the indicator, below the table, holding this text. */
    public TownshipWorkbookWriter duplicateRow(String code, String typed) {
        extraRows.add(new ExtraRow(catalogue.get(code), null, new CellInput.Text(typed)));
        return this;
    }

    /** A second row for the indicator, below the table, holding this number. */
    public TownshipWorkbookWriter duplicateRow(String code, double number) {
        extraRows.add(new ExtraRow(catalogue.get(code), null, new CellInput.Number(number, CellFormat.GENERAL)));
        return this;
    }

    /** A row for something the catalogue does not know (「网格员人数」), below the table. */
    public TownshipWorkbookWriter unknownRow(String label, String typed) {
        extraRows.add(new ExtraRow(null, label, new CellInput.Text(typed)));
        return this;
    }

    /** One more row above everything (「附件2」, a second title); table layouts only. */
    public TownshipWorkbookWriter titleRow(String text) {
        titleRows.add(text);
        return this;
    }

    /** Which columns the table has, in order; table layouts only. */
    public TownshipWorkbookWriter columns(Column... order) {
        this.columns = List.of(order);
        return this;
    }

    /** The header caption of a column (default: the layout's own, e.g. 「项目」 or 「2025年」). */
    public TownshipWorkbookWriter caption(Column column, String caption) {
        captions.put(column, caption);
        return this;
    }

    /** Category rows merged across the whole table width, value column included; table layouts only. */
    public TownshipWorkbookWriter mergeCategoryRows() {
        this.mergeCategoryRows = true;
        return this;
    }

    /** What the workbook names as reporting unit (and in titles), instead of the township's name. */
    public TownshipWorkbookWriter townshipLabel(String label) {
        this.townshipLabel = label;
        return this;
    }

    /** The year the workbook states (labels, titles, year column), instead of the year it is filed under. */
    public TownshipWorkbookWriter yearLabel(int statedYear) {
        this.yearLabel = statedYear;
        return this;
    }

    /** Dates the document properties and the file's modification time, as if saved then; default: now. */
    public TownshipWorkbookWriter submitted(Instant when) {
        this.submitted = when;
        return this;
    }

    /** The name staff would give it: 「渠南街道_2025年_法治政府建设统计报表.xlsx」 (.xls for LEGACY_XLS). */
    public String defaultFileName() {
        String name = TemplateWriter.fileName(township, year);
        return layout == Layout.LEGACY_XLS ? name.replaceFirst("\\.xlsx$", ".xls") : name;
    }

    /** Writes into {@code dir} under {@link #defaultFileName()}. */
    public Path writeInto(Path dir) throws IOException {
        return write(dir.resolve(defaultFileName()));
    }

    /** Writes the workbook; a name ending in .xls gives the legacy (BIFF8) format, anything else .xlsx. */
    public Path write(Path file) throws IOException {
        boolean legacy = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
        WorkbookSpec spec = spec();
        try (Workbook workbook = layout == Layout.TEMPLATE ? fillTemplate(spec, legacy) : buildTable(spec, legacy)) {
            WorkbookFiles.write(workbook, file, submitted != null ? submitted : Instant.now());
        }
        if (submitted != null) {
            Files.setLastModifiedTime(file, FileTime.from(submitted));
        }
        return file;
    }

    private Workbook fillTemplate(WorkbookSpec spec, boolean legacy) {
        if (legacy) {
            throw new IllegalArgumentException("The TEMPLATE layout is an .xlsx workbook; use LEGACY_XLS for .xls");
        }
        if (!titleRows.isEmpty() || columns != null || !captions.isEmpty() || mergeCategoryRows) {
            throw new IllegalStateException("titleRow, columns, caption and mergeCategoryRows apply to table layouts, not TEMPLATE");
        }
        // the template states what the workbook states: the label and year given, if any
        XSSFWorkbook workbook = new TemplateWriter(catalogue, county)
                .create(new Township(spec.townshipLabel(), List.of()), spec.statedYear());
        new TemplateFiller(workbook, spec).fill();
        return workbook;
    }

    private Workbook buildTable(WorkbookSpec spec, boolean legacy) {
        Workbook workbook = legacy ? new HSSFWorkbook() : new XSSFWorkbook();
        new TableSheetWriter(workbook, spec).write();
        return workbook;
    }

    private WorkbookSpec spec() {
        List<WorkbookSpec.Entry> rows = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            String code = indicator.code();
            if (layout == Layout.TEMPLATE || values.containsKey(code) || notes.containsKey(code)) {
                rows.add(new WorkbookSpec.Entry(indicator, rowLabel(indicator), values.get(code), notes.get(code)));
            }
        }
        List<WorkbookSpec.Entry> extras = extraRows.stream()
                .map(e -> new WorkbookSpec.Entry(e.indicator(), e.label() != null ? e.label() : rowLabel(e.indicator()), e.value(), null))
                .toList();
        return new WorkbookSpec(layout, catalogue, townshipLabel != null ? townshipLabel : township,
                yearLabel != null ? yearLabel : year, rows, extras, List.copyOf(titleRows),
                columns, Map.copyOf(captions), mergeCategoryRows, layout == Layout.TEMPLATE && (rowLabels == RowLabel.ALIAS || !labels.isEmpty()));
    }

    private String rowLabel(Indicator indicator) {
        String label = labels.get(indicator.code());
        if (label != null) {
            return label;
        }
        return rowLabels == RowLabel.ALIAS && !indicator.aliases().isEmpty() ? indicator.aliases().get(0) : indicator.name();
    }

    private String known(String code) {
        return catalogue.get(code).code();
    }

    private record ExtraRow(Indicator indicator, String label, CellInput value) {
    }
}
