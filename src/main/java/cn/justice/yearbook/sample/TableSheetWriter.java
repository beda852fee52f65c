package cn.justice.yearbook.sample;

import cn.justice.yearbook.common.ChineseOrdinal;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Column;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.CODE;
import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.NAME;
import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.NOTE;
import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.SERIAL;
import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.UNIT;
import static cn.justice.yearbook.sample.TownshipWorkbookWriter.Column.VALUE;

/**
 * Writes the home-made layouts townships use instead of the template: FREE_FORM, LEGACY_XLS and HEADERLESS
 * (see {@link TownshipWorkbookWriter.Layout}). Their wording follows what real township forms say.
 */
final class TableSheetWriter {

    private static final Map<Column, Integer> WIDTHS = Map.of(SERIAL, 6, CODE, 20, NAME, 36, UNIT, 8, VALUE, 12, NOTE, 26);

    private final Workbook workbook;
    private final WorkbookSpec spec;
    private final Sheet sheet;
    private final StyleCache formats;
    private final CellStyle titleStyle;
    private final CellStyle textStyle;
    private final CellStyle headerStyle;
    private final CellStyle cellStyle;
    private final Map<String, String> valueAddress = new HashMap<>();
    private final List<Map.Entry<Cell, CellInput>> formulas = new ArrayList<>();
    private int next;

    TableSheetWriter(Workbook workbook, WorkbookSpec spec) {
        this.workbook = workbook;
        this.spec = spec;
        this.sheet = workbook.createSheet(spec.layout() == TownshipWorkbookWriter.Layout.LEGACY_XLS ? "统计表" : "Sheet1");
        this.formats = new StyleCache(workbook);
        this.titleStyle = style(font(14, true), false, HorizontalAlignment.CENTER);
        this.textStyle = style(font(11, false), false, HorizontalAlignment.LEFT);
        this.headerStyle = style(font(11, true), true, HorizontalAlignment.CENTER);
        this.cellStyle = style(font(11, false), true, HorizontalAlignment.LEFT);
    }

    void write() {
        spec.titleRows().forEach(this::line);
        switch (spec.layout()) {
            case FREE_FORM -> freeForm();
            case LEGACY_XLS -> legacy();
            case HEADERLESS -> headerless();
            default -> throw new IllegalStateException("Not a table layout: " + spec.layout());
        }
        for (Map.Entry<Cell, CellInput> pending : formulas) {
            pending.getValue().writeTo(pending.getKey(), this::resolve, formats);
            // an .xls cannot store a formula without a result; save the one Excel would have saved
            if (workbook instanceof HSSFWorkbook && ((CellInput.Formula) pending.getValue()).cached() == null) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(pending.getKey());
            }
        }
    }

    private void freeForm() {
        List<Column> cols = columns(List.of(SERIAL, NAME, UNIT, VALUE, NOTE));
        int width = cols.size();
        title(spec.townshipLabel() + spec.statedYear() + "年法治政府建设工作情况统计表", width);
        Row identity = sheet.createRow(next);
        int split = Math.max(1, width - 2);
        merged(identity, 0, split - 1, "单位：" + spec.townshipLabel(), textStyle);
        if (split < width) {
            merged(identity, split, width - 1, "统计时间：" + spec.statedYear() + "年1月—12月", textStyle);
        }
        next++;
        table(cols, captions("序号", "代码", "项目", "单位", spec.statedYear() + "年", "备注"), true);
    }

    private void legacy() {
        List<Column> cols = columns(List.of(NAME, VALUE, UNIT, CODE, NOTE));
        int width = cols.size();
        title(spec.townshipLabel() + spec.statedYear() + "年度法治政府建设情况统计表", width);
        next++;
        Row identity = sheet.createRow(next++);
        merged(identity, 0, Math.min(1, width - 1), "填报单位（盖章）：" + spec.townshipLabel(), textStyle);
        cell(identity, Math.max(2, width - 2), "报告年度：" + spec.statedYear() + "年", textStyle);
        next++;
        table(cols, captions("序号", "指标代码", "指标名称", "计量单位", "本年数值", "备注"), false);
        next++;
        line("填表人：王某　　联系电话：0838-6212345　　填报日期：" + (spec.statedYear() + 1) + "年1月10日");
    }

    /** 「指标名称 | 数值 | 单位 | 说明」 lines under category captions, with no header row. */
    private void headerless() {
        for (int col = 0; col < 4; col++) {
            sheet.setColumnWidth(col, WIDTHS.get(List.of(NAME, VALUE, UNIT, NOTE).get(col)) * 256);
        }
        line(spec.townshipLabel() + spec.statedYear() + "年法治政府建设有关数据");
        line("填报单位：" + spec.townshipLabel());
        next++;
        String category = null;
        int categories = 0;
        for (WorkbookSpec.Entry entry : spec.rows()) {
            if (!entry.indicator().category().equals(category)) {
                category = entry.indicator().category();
                line(ChineseOrdinal.of(++categories) + "、" + category);
            }
            pairRow(entry);
        }
        spec.extraRows().forEach(this::pairRow);
    }

    private void pairRow(WorkbookSpec.Entry entry) {
        Row row = sheet.createRow(next++);
        cell(row, 0, entry.label(), textStyle);
        Cell value = row.createCell(1);
        value.setCellStyle(textStyle);
        putValue(value, entry);
        cell(row, 2, entry.indicator() == null ? "" : entry.indicator().unit(), textStyle);
        cell(row, 3, entry.note(), textStyle);
    }

    private void table(List<Column> cols, Map<Column, String> captions, boolean categoryRows) {
        for (int i = 0; i < cols.size(); i++) {
            sheet.setColumnWidth(i, WIDTHS.get(cols.get(i)) * 256);
        }
        Row header = sheet.createRow(next++);
        for (int i = 0; i < cols.size(); i++) {
            cell(header, i, spec.captions().getOrDefault(cols.get(i), captions.get(cols.get(i))), headerStyle);
        }
        int serial = 0;
        int categories = 0;
        String category = null;
        for (WorkbookSpec.Entry entry : spec.rows()) {
            if ((categoryRows || spec.mergeCategoryRows()) && !entry.indicator().category().equals(category)) {
                category = entry.indicator().category();
                categoryRow(cols, ++categories, category);
            }
            tableRow(cols, ++serial, entry);
        }
        for (WorkbookSpec.Entry entry : spec.extraRows()) {
            tableRow(cols, ++serial, entry);
        }
    }

    /** 「一 | 组织领导」 in the serial and name columns, or one caption merged across the table. */
    private void categoryRow(List<Column> cols, int number, String category) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cols.size(); i++) {
            cell(row, i, null, headerStyle);
        }
        String ordinal = ChineseOrdinal.of(number);
        if (spec.mergeCategoryRows()) {
            merged(row, 0, cols.size() - 1, ordinal + "、" + category, headerStyle);
        } else if (cols.contains(SERIAL) && cols.contains(NAME)) {
            row.getCell(cols.indexOf(SERIAL)).setCellValue(ordinal);
            row.getCell(cols.indexOf(NAME)).setCellValue(category);
        } else {
            row.getCell(cols.contains(NAME) ? cols.indexOf(NAME) : 0).setCellValue(ordinal + "、" + category);
        }
    }

    private void tableRow(List<Column> cols, int serial, WorkbookSpec.Entry entry) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cols.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(cellStyle);
            switch (cols.get(i)) {
                case SERIAL -> cell.setCellValue(serial);
                case CODE -> setText(cell, entry.indicator() == null ? null : entry.indicator().code());
                case NAME -> setText(cell, entry.label());
                case UNIT -> setText(cell, entry.indicator() == null ? null : entry.indicator().unit());
                case VALUE -> putValue(cell, entry);
                case NOTE -> setText(cell, entry.note());
            }
        }
    }

    /** Writes the value now, or after all rows are placed if it is a formula that may refer to later rows. */
    private void putValue(Cell cell, WorkbookSpec.Entry entry) {
        if (entry.indicator() != null) {
            valueAddress.putIfAbsent(entry.indicator().code(), new CellReference(cell).formatAsString(false));
        }
        if (entry.value() instanceof CellInput.Formula) {
            formulas.add(Map.entry(cell, entry.value()));
        } else if (entry.value() != null) {
            entry.value().writeTo(cell, this::resolve, formats);
        }
    }

    private String resolve(String expression) {
        return Placeholders.resolve(expression, valueAddress::get);
    }

    private List<Column> columns(List<Column> defaults) {
        return spec.columns() != null ? spec.columns() : defaults;
    }

    private static Map<Column, String> captions(String serial, String code, String name, String unit, String value, String note) {
        Map<Column, String> captions = new EnumMap<>(Column.class);
        captions.putAll(Map.of(SERIAL, serial, CODE, code, NAME, name, UNIT, unit, VALUE, value, NOTE, note));
        return captions;
    }

    private void title(String text, int width) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(28);
        merged(row, 0, width - 1, text, titleStyle);
    }

    private void line(String text) {
        cell(sheet.createRow(next++), 0, text, textStyle);
    }

    private void merged(Row row, int firstCol, int lastCol, String text, CellStyle style) {
        for (int col = firstCol; col <= lastCol; col++) {
            cell(row, col, col == firstCol ? text : null, style);
        }
        if (lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstCol, lastCol));
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        setText(cell, text);
    }

    private static void setText(Cell cell, String text) {
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    private Font font(int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font, boolean bordered, HorizontalAlignment align) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
