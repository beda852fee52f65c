package cn.justice.yearbook.sample;

import org.apache.poi.ss.usermodel.Cell;

import java.util.function.UnaryOperator;

/** What goes into one value cell, as the person filling it typed it. */
sealed interface CellInput {

    /** Writes this input into {@code cell}; {@code resolve} turns {@code {CODE}} placeholders into cell addresses. */
    void writeTo(Cell cell, UnaryOperator<String> resolve, StyleCache styles);

    /** Text exactly as typed: 「40件」, 「2,000」, 「４０」, 「2000余」; empty text leaves the cell blank. */
    record Text(String text) implements CellInput {
        @Override
        public void writeTo(Cell cell, UnaryOperator<String> resolve, StyleCache styles) {
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
        }
    }

    /** A number in a cell with the given format (0.85 in a {@link CellFormat#PERCENT} cell shows 85%). */
    record Number(double value, CellFormat format) implements CellInput {
        @Override
        public void writeTo(Cell cell, UnaryOperator<String> resolve, StyleCache styles) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.withFormat(cell.getCellStyle(), format));
        }
    }

    /**
     * A formula such as {@code ROUND({MED_SUCCESS}/{MED_CASES}*100,1)}, where {@code {CODE}} stands for that
     * indicator's value cell.
     *
     * @param cached the result saved with it as Excel would, or null for none (a program wrote the file)
     */
    record Formula(String expression, Double cached, CellFormat format) implements CellInput {
        @Override
        public void writeTo(Cell cell, UnaryOperator<String> resolve, StyleCache styles) {
            cell.setCellFormula(resolve.apply(expression));
            cell.setCellStyle(styles.withFormat(cell.getCellStyle(), format));
            if (cached != null) {
                cell.setCellValue(cached);
            }
        }
    }
}
