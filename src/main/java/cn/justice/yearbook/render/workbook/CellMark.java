package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the feedback shows on one cell of the township's own sheets: a fill (red for errors, yellow for
 * warnings still to check) and a comment with every message about the cell. The same for a copy POI makes
 * ({@link CellMarker}) and one written as a package ({@link FeedbackPackage}).
 *
 * @param fill the fill colour as an indexed colour, or null to keep the cell's own fill (only explained warnings)
 */
record CellMark(String sheet, CellReference cell, IndexedColors fill, String comment) {

    static final String AUTHOR = "县司法局审核";

    /** Where the comment box sits: right of the cell, taller for longer texts (columns and rows, zero-based). */
    record CommentBox(int col1, int row1, int col2, int row2) {
    }

    /** The findings grouped by cell, in the order first found; findings on a sheet {@code sheetExists} denies are left out. */
    static List<CellMark> of(List<Finding> findings, Predicate<String> sheetExists) {
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.sheet() != null && f.cell() != null && sheetExists.test(f.sheet())) {
                byCell.computeIfAbsent(f.sheet() + "!" + f.cell(), k -> new ArrayList<>()).add(f);
            }
        }
        return byCell.values().stream().map(CellMark::of).toList();
    }

    private static CellMark of(List<Finding> findings) {
        boolean error = findings.stream().anyMatch(Finding::isError);
        boolean open = findings.stream().anyMatch(Finding::isOpenWarning);
        IndexedColors fill = error ? IndexedColors.ROSE : open ? IndexedColors.LIGHT_YELLOW : null;
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            if (!text.isEmpty()) {
                text.append("\n");
            }
            text.append(f.isError() ? "【错误】" : f.explained() ? "【提示·已说明】" : "【提示】").append(f.message());
        }
        return new CellMark(findings.get(0).sheet(), new CellReference(findings.get(0).cell()), fill, text.toString());
    }

    CommentBox box() {
        return new CommentBox(cell.getCol() + 1, cell.getRow(), cell.getCol() + 6,
                cell.getRow() + 2 + Math.min(12, comment.length() / 30));
    }
}
