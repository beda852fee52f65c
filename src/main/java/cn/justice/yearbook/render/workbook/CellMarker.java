package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts the {@link CellMark}s into a workbook POI holds: the cells' fills and comments. */
final class CellMarker {

    private final Workbook workbook;
    private final CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    CellMarker(Workbook workbook) {
        this.workbook = workbook;
        this.helper = workbook.getCreationHelper();
    }

    void mark(List<CellMark> marks) {
        marks.forEach(this::markCell);
    }

    private void markCell(CellMark mark) {
        Sheet sheet = workbook.getSheet(mark.sheet());
        Row row = sheet.getRow(mark.cell().getRow()) != null ? sheet.getRow(mark.cell().getRow()) : sheet.createRow(mark.cell().getRow());
        Cell cell = row.getCell(mark.cell().getCol()) != null ? row.getCell(mark.cell().getCol()) : row.createCell(mark.cell().getCol());
        if (mark.fill() != null) {
            cell.setCellStyle(highlighted(cell.getCellStyle(), mark.fill()));
        }
        cell.removeCellComment();
        ClientAnchor anchor = helper.createClientAnchor();
        CellMark.CommentBox box = mark.box();
        anchor.setCol1(box.col1());
        anchor.setCol2(box.col2());
        anchor.setRow1(box.row1());
        anchor.setRow2(box.row2());
        Comment comment = drawing(sheet).createCellComment(anchor);
        comment.setString(helper.createRichTextString(mark.comment()));
        comment.setAuthor(CellMark.AUTHOR);
        cell.setCellComment(comment);
    }

    private Drawing<?> drawing(Sheet sheet) {
        return drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
    }

    private CellStyle highlighted(CellStyle original, IndexedColors fill) {
        return styles.computeIfAbsent(original.getIndex() + fill.name(), k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }
}
