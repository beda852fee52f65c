package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.FigureFormat;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;

import java.util.List;

/** One table on one sheet: caption, units line, headings, body, notes. */
final class CompanionSheet {

    private static final int FIRST_BODY_ROW = 3;

    private final PlainSheet sheet;

    CompanionSheet(PlainSheet sheet) {
        this.sheet = sheet;
    }

    void write(StatTable table) {
        int lastColumn = table.columns().size();
        sheet.text(0, 0, table.caption(), CompanionStyles.CAPTION);
        sheet.merge(0, 0, 0, lastColumn);
        if (table.unitLine() != null) {
            sheet.text(1, lastColumn, table.unitLine(), CompanionStyles.text(false, "right"));
        }
        sheet.text(2, 0, table.stub(), CompanionStyles.HEADING);
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.text(2, c + 1, table.columns().get(c).headingWithUnit(), CompanionStyles.HEADING);
        }
        sheet.height(2, 48);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            row(FIRST_BODY_ROW + r, rows.get(r), lastColumn, r == rows.size() - 1);
        }
        notes(FIRST_BODY_ROW + rows.size() + 1, table.notes());
        layout(table);
    }

    private void row(int r, Row row, int lastColumn, boolean last) {
        boolean strong = row.kind() != Row.Kind.DATA;
        sheet.text(r, 0, row.label(), closing(CompanionStyles.text(strong, "left"), last));
        for (int c = 1; c <= lastColumn; c++) {
            if (c - 1 >= row.cells().size()) {
                sheet.text(r, c, "", closing(CompanionStyles.text(false, "left"), last));
            } else if (row.cells().get(c - 1) instanceof Cell.Number number) {
                number(r, c, number, strong, last);
            } else {
                String text = ((Cell.Text) row.cells().get(c - 1)).text();
                sheet.text(r, c, text, closing(CompanionStyles.text(strong, "center"), last));
            }
        }
    }

    private void number(int r, int c, Cell.Number number, boolean strong, boolean last) {
        Figure figure = number.figure();
        if (!figure.hasValue()) {
            sheet.text(r, c, FigureFormat.print(figure, number.style()).text(), closing(CompanionStyles.text(strong, "right"), last));
            return;
        }
        sheet.number(r, c, figure.value().doubleValue(),
                closing(CompanionStyles.number(strong, FigureFormat.excelPattern(figure, number.style())), last));
    }

    private void notes(int first, List<String> notes) {
        String prefix = YearbookText.get("table.note.prefix");
        for (int i = 0; i < notes.size(); i++) {
            String number = notes.size() == 1 ? "" : (i + 1) + ". ";
            sheet.text(first + i, 0, (i == 0 ? prefix : "　　") + number + notes.get(i), CompanionStyles.NOTE);
        }
    }

    private void layout(StatTable table) {
        sheet.width(0, table.stub().equals(YearbookText.get("table.indicator")) ? 44 : 16);
        for (int c = 1; c <= table.columns().size(); c++) {
            sheet.width(c, 14);
        }
        sheet.freeze(1, FIRST_BODY_ROW);
    }

    private static CellLook closing(CellLook look, boolean last) {
        return last ? CompanionStyles.closing(look) : look;
    }
}
