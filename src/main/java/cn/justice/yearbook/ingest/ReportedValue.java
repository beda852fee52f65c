package cn.justice.yearbook.ingest;

import cn.justice.yearbook.catalogue.Indicator;

/**
 * One indicator's value as a workbook states it, with where it came from.
 *
 * @param cell        A1 address of the value cell in {@code sheet}
 * @param display     the cell as Excel shows it (「2000余」, 「85%」)
 * @param note        the row's 说明 / 备注 text: an explanation for warnings on this row
 * @param unitColumn  what the row's unit column says, if the table has one
 */
public record ReportedValue(Indicator indicator, String sheet, String cell, String display, ParsedValue parsed,
                            String note, String unitColumn) {

    public String code() {
        return indicator.code();
    }
}
