package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.common.ChineseOrdinal;
import cn.justice.yearbook.config.OutputLayout;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.finding.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the workbook each township fills in: one protected sheet listing every catalogue indicator by
 * category, with validated input cells, and a hidden version marker. {@link cn.justice.yearbook.ingest.WorkbookReader}
 * reads it back as it is (the captions, the 「填报单位：」/「报告年度：」 labels and the codes are ones it knows).
 */
public final class TemplateWriter {

    public static final int SERIAL_COLUMN = 0;
    public static final int CODE_COLUMN = 1;
    public static final int NAME_COLUMN = 2;
    public static final int UNIT_COLUMN = 3;
    public static final int VALUE_COLUMN = 4;
    public static final int NOTE_COLUMN = 5;
    public static final int DEFINITION_COLUMN = 6;
    public static final int IDENTITY_ROW = 1;
    public static final int HEADER_ROW = 4;

    private static final int TITLE_ROW = 0;
    private static final int INSTRUCTIONS_ROW = 2;
    private static final int LEGEND_ROW = 3;
    /** Column widths in characters of the default font; a CJK character takes two. */
    private static final int[] WIDTHS = {5, 19, 32, 7, 11, 18, 40};
    private static final String[] HEADER_KEYS = {"serial", "code", "name", "unit", "value", "note", "definition"};

    private final Catalogue catalogue;
    private final County county;
    private final Clock clock;

    public TemplateWriter(Catalogue catalogue, County county) {
        this(catalogue, county, Clock.systemUTC());
    }

    /** @param clock dates the written files (document properties); a fixed clock gives byte-identical files */
    public TemplateWriter(Catalogue catalogue, County county, Clock clock) {
        this.catalogue = catalogue;
        this.county = county;
        this.clock = clock;
    }

    /** 「渠南街道_2025年_法治政府建设统计报表.xlsx」. */
    public static String fileName(String township, int year) {
        return OutputLayout.safeFileName(township + "_" + year + "年_法治政府建设统计报表.xlsx");
    }

    /** Writes one township's template into {@code dir} (created if needed), replacing an older one atomically. */
    public Path write(Township township, int year, Path dir) {
        Path target = dir.resolve(fileName(township.name(), year));
        try (XSSFWorkbook workbook = create(township, year)) {
            return WorkbookFiles.write(workbook, target, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write template " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the template of every township of the county, in county order. */
    public List<Path> writeAll(int year, Path dir) {
        List<Path> written = new ArrayList<>();
        for (Township township : county.townships()) {
            written.add(write(township, year, dir));
        }
        return written;
    }

    /** The template as an open workbook, for callers that fill it before saving (sample and test fixtures). */
    public XSSFWorkbook create(Township township, int year) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(workbook);
        XSSFSheet sheet = workbook.createSheet(Messages.get("template.sheet"));
        for (int col = 0; col < WIDTHS.length; col++) {
            sheet.setColumnWidth(col, WIDTHS[col] * 256);
        }
        writeHead(sheet, styles, township, year);
        int lastRow = writeBody(sheet, styles);
        protect(workbook, sheet);
        setUpPage(workbook, sheet, lastRow);
        workbook.getProperties().getCoreProperties().setCreator(county.bureau());
        workbook.getProperties().getCoreProperties().setTitle(title(year));

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("template", TemplateMeta.TEMPLATE_ID);
        meta.put("version", Integer.toString(TemplateMeta.VERSION));
        meta.put("county", county.name());
        meta.put("township", township.name());
        meta.put("year", Integer.toString(year));
        meta.put("catalogue_size", Integer.toString(catalogue.size()));
        TemplateMeta.write(workbook, meta);
        workbook.setActiveSheet(0);
        return workbook;
    }

    private String title(int year) {
        return Messages.get("template.title", county.name(), Integer.toString(year));
    }

    private void writeHead(XSSFSheet sheet, TemplateStyles styles, Township township, int year) {
        int lastCol = WIDTHS.length - 1;
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(34);
        cell(title, 0, title(year), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastCol));

        // Labels and values in single cells: the reader looks for the value right of an unmerged label.
        Row identity = sheet.createRow(IDENTITY_ROW);
        identity.setHeightInPoints(22);
        cell(identity, CODE_COLUMN, Messages.get("template.township-label"), styles.identityLabel);
        cell(identity, NAME_COLUMN, township.name(), styles.identityValue);
        cell(identity, VALUE_COLUMN, Messages.get("template.year-label"), styles.identityLabel);
        identity.createCell(NOTE_COLUMN).setCellValue(year);
        identity.getCell(NOTE_COLUMN).setCellStyle(styles.identityValue);

        wideNote(sheet, INSTRUCTIONS_ROW, Messages.get("template.instructions"), styles);
        wideNote(sheet, LEGEND_ROW, Messages.get("template.legend"), styles);

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(24);
        for (int col = 0; col < HEADER_KEYS.length; col++) {
            cell(header, col, Messages.get("template.header." + HEADER_KEYS[col]), styles.header);
        }
    }

    /** A line of small print across the whole table width, tall enough for its wrapped text. */
    private static void wideNote(XSSFSheet sheet, int index, String text, TemplateStyles styles) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(TextHeight.points(text, Arrays.stream(WIDTHS).sum(), TemplateStyles.SMALL_POINTS));
        cell(row, 0, text, styles.instructions);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, WIDTHS.length - 1));
    }

    /** Category rows and indicator rows; returns the last row written. */
    private int writeBody(XSSFSheet sheet, TemplateStyles styles) {
        TemplateValidations validations = new TemplateValidations(sheet, catalogue);
        List<Integer> inputRows = new ArrayList<>();
        int row = HEADER_ROW + 1;
        int serial = 0;
        List<String> categories = catalogue.categories();
        for (int c = 0; c < categories.size(); c++) {
            Row categoryRow = sheet.createRow(row);
            categoryRow.setHeightInPoints(20);
            for (int col = 0; col < WIDTHS.length; col++) {
                cell(categoryRow, col, "", styles.category);
            }
            categoryRow.getCell(0).setCellValue(ChineseOrdinal.of(c + 1) + "、" + categories.get(c));
            // Merged only up to the unit column: a caption spreading into the value column would read as a value.
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, UNIT_COLUMN));
            row++;
            for (Indicator indicator : catalogue.inCategory(categories.get(c))) {
                writeIndicator(sheet.createRow(row), ++serial, indicator, styles, validations);
                validations.addValueInput(indicator, row, VALUE_COLUMN);
                inputRows.add(row);
                row++;
            }
        }
        validations.addNoteInput(inputRows, NOTE_COLUMN);
        return row - 1;
    }

    private void writeIndicator(Row row, int serial, Indicator indicator, TemplateStyles styles,
                                TemplateValidations validations) {
        row.createCell(SERIAL_COLUMN).setCellValue(serial);
        row.getCell(SERIAL_COLUMN).setCellStyle(styles.serial);
        cell(row, CODE_COLUMN, indicator.code(), styles.code);
        String name = (indicator.required() ? Messages.get("template.required-mark") : "") + indicator.name();
        cell(row, NAME_COLUMN, name, styles.name);
        cell(row, UNIT_COLUMN, indicator.unit(), styles.unit);
        cell(row, VALUE_COLUMN, null, styles.input);
        cell(row, NOTE_COLUMN, null, styles.noteInput);
        String definition = validations.definition(indicator);
        cell(row, DEFINITION_COLUMN, definition, styles.definition);
        float height = Math.max(TextHeight.points(name, WIDTHS[NAME_COLUMN], TemplateStyles.BODY_POINTS),
                TextHeight.points(definition, WIDTHS[DEFINITION_COLUMN], TemplateStyles.SMALL_POINTS));
        row.setHeightInPoints(Math.max(20, height));
    }

    /** Only the input and 说明 cells stay editable; no password, so the bureau can still unlock a copy. */
    private static void protect(XSSFWorkbook workbook, XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        workbook.lockStructure();
    }

    private static void setUpPage(XSSFWorkbook workbook, XSSFSheet sheet, int lastRow) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setActiveCell(new CellAddress(HEADER_ROW + 2, VALUE_COLUMN));
        sheet.setDisplayGridlines(false);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        workbook.setPrintArea(0, 0, WIDTHS.length - 1, 0, lastRow);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter(Messages.get("template.footer"));
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }
}
