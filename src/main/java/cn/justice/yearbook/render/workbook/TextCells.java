package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The one way text taken from a submission (file names, notes, cell contents quoted in messages) goes into
 * a workbook we write: always a string cell, never a formula, and cut to what a cell can hold.
 *
 * <p>POI's {@code setCellValue(String)} already stores text, so {@code =HYPERLINK(…)} is not evaluated when the
 * file opens. But Excel re-reads a cell as a formula once someone edits it (F2, Enter), so text that starts
 * like a formula ({@code = + - @}, their full-width forms, a tab or a line break) also gets a style with the
 * quote prefix, Excel's own mark for "this is text".
 */
public final class TextCells {

    /** The most characters Excel (and POI) accept in one cell. */
    public static final int MAX_CHARS = 32_767;
    private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";

    private final Workbook workbook;
    private final Map<Integer, CellStyle> quoted = new HashMap<>();

    public TextCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Writes {@code text} into {@code cell} as a string. Set the cell's style first: a quote prefix is added to it. */
    public Cell set(Cell cell, String text) {
        String value = fit(text);
        cell.setCellValue(value);
        if (startsLikeFormula(value) && !cell.getCellStyle().getQuotePrefixed()) {
            cell.setCellStyle(quoted.computeIfAbsent((int) cell.getCellStyle().getIndex(), index -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setQuotePrefixed(true);
                return style;
            }));
        }
        return cell;
    }

    /** Whether a spreadsheet would take this text for a formula when it is typed or edited. */
    public static boolean startsLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a cell can hold it: null as empty, anything longer than {@link #MAX_CHARS} cut with an ellipsis. */
    public static String fit(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = MAX_CHARS - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
