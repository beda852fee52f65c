package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
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
import org.apache.poi.ss.util.CellReference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Colours the cells findings point at (red for errors, yellow for warnings) and comments them with the messages. */
final class CellMarker {

    private static final String AUTHOR = "县司法局审核";

    private final Workbook workbook;
    private final CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    CellMarker(Workbook workbook) {
        this.workbook = workbook;
        this.helper = workbook.getCreationHelper();
    }

    void mark(List<Finding> findings) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.sheet() != null && f.cell() != null && workbook.getSheet(f.sheet()) != null) {
                byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        byCell.values().forEach(this::markCell);
    }

    private void markCell(List<Finding> findings) {
        Sheet sheet = workbook.getSheet(findings.get(0).sheet());
        CellReference ref = new CellReference(findings.get(0).cell());
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
        boolean error = findings.stream().anyMatch(Finding::isError);
        boolean open = error || findings.stream().anyMatch(Finding::isOpenWarning);
        if (open) {
            cell.setCellStyle(highlighted(cell.getCellStyle(), error));
        }
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append(f.isError() ? "【错误】" : f.explained() ? "【提示·已说明】" : "【提示】").append(f.message());
        }
        cell.removeCellComment();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(ref.getCol() + 1);
        anchor.setCol2(ref.getCol() + 6);
        anchor.setRow1(ref.getRow());
        anchor.setRow2(ref.getRow() + 2 + Math.min(12, text.length() / 30));
        Comment comment = drawing(sheet).createCellComment(anchor);
        comment.setString(helper.createRichTextString(text.toString()));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    private Drawing<?> drawing(Sheet sheet) {
        return drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
    }

    private CellStyle highlighted(CellStyle original, boolean error) {
        return styles.computeIfAbsent(original.getIndex() + (error ? "E" : "W"), k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }
}
