package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds two readings of one workbook to be the same: a fast reader's against POI's object model, cell by cell as
 * shown, or two readings by {@link XlsxStreamReader}, styles included.
 */
final class SameReading {

    private SameReading() {
    }

    static void assertSame(String file, Optional<List<SheetCells>> expected, Optional<List<SheetCells>> actual) {
        assertThat(actual.isPresent()).as("%s taken by the stream reader", file).isEqualTo(expected.isPresent());
        if (expected.isEmpty()) {
            return;
        }
        List<SheetCells> want = expected.get();
        List<SheetCells> got = actual.get();
        assertThat(got).extracting(SheetCells::name).as("%s sheets", file).containsExactlyElementsOf(want.stream().map(SheetCells::name).toList());
        for (int s = 0; s < want.size(); s++) {
            assertSameSheet(file + "!" + want.get(s).name(), (StreamedSheet) want.get(s), (StreamedSheet) got.get(s));
        }
    }

    private static void assertSameSheet(String where, StreamedSheet want, StreamedSheet got) {
        assertThat(got.lastRowIndex()).as(where + " last row").isEqualTo(want.lastRowIndex());
        assertThat(got.mergedRegions()).as(where + " merged").map(CellRangeAddress::formatAsString)
                .containsExactlyElementsOf(want.mergedRegions().stream().map(CellRangeAddress::formatAsString).toList());
        for (int row = 0; row <= want.lastRowIndex(); row++) {
            assertThat(got.lastColumn(row)).as(where + " row " + (row + 1) + " last cell").isEqualTo(want.lastColumn(row));
            for (int col = 0; col <= want.lastColumn(row) + 1; col++) {
                String cell = where + "!" + SheetGrid.address(row, col);
                assertThat(got.raw(row, col)).as(cell).isEqualTo(want.raw(row, col));
                assertThat(got.content(row, col)).as(cell + " shown").isEqualTo(want.content(row, col));
            }
        }
    }

    /**
     * Holds a fast reader's sheets to be POI's, as {@link WorkbookOpener#poiSheets} shows them, up to {@code maxRows};
     * each number's display also to POI's own {@link DataFormatter}.
     */
    static void assertSameAsPoi(Path file, List<SheetCells> actual, int maxRows) throws Exception {
        assertSameAsPoi(file, actual, maxRows, true);
    }

    /**
     * The same; {@code displayAsDataFormatter} false for damaged files, where a number's format may be missing and
     * both readings show it through {@link NumberFormats} alike, not as the formatter would.
     */
    static void assertSameAsPoi(Path file, List<SheetCells> actual, int maxRows, boolean displayAsDataFormatter) throws Exception {
        try (Workbook workbook = new WorkbookOpener().open(file, file.getFileName().toString());
             OpenedWorkbook poi = WorkbookOpener.poiSheets(workbook)) {
            List<SheetCells> expected = poi.visibleSheets();
            DataFormatter poiFormatter = new DataFormatter(Locale.CHINA);
            assertThat(actual).extracting(SheetCells::name).containsExactlyElementsOf(expected.stream().map(SheetCells::name).toList());
            for (int s = 0; s < expected.size(); s++) {
                SheetCells want = expected.get(s);
                SheetCells got = actual.get(s);
                String where = file.getFileName() + "!" + want.name();
                assertThat(got.lastRowIndex()).as(where + " last row").isEqualTo(want.lastRowIndex());
                assertThat(got.mergedRegions()).as(where + " merged").map(CellRangeAddress::formatAsString)
                        .containsExactlyElementsOf(want.mergedRegions().stream().map(CellRangeAddress::formatAsString).toList());
                for (int row = 0; row <= Math.min(want.lastRowIndex(), maxRows - 1); row++) {
                    assertThat(got.lastColumn(row)).as(where + " row " + (row + 1) + " last cell").isEqualTo(want.lastColumn(row));
                    for (int col = 0; col <= want.lastColumn(row) + 1; col++) {
                        assertThat(got.content(row, col)).as(where + "!" + SheetGrid.address(row, col))
                                .isEqualTo(want.content(row, col));
                        // both readings format numbers through NumberFormats: hold its display to POI's own formatter
                        Row poiRow = workbook.getSheet(want.name()).getRow(row);
                        Cell poiCell = poiRow == null ? null : poiRow.getCell(col);
                        if (displayAsDataFormatter && poiCell != null && poiCell.getCellType() == CellType.NUMERIC) {
                            assertThat(got.content(row, col).display()).as(where + "!" + SheetGrid.address(row, col) + " as POI shows it")
                                    .isEqualTo(poiFormatter.formatCellValue(poiCell));
                        }
                    }
                }
            }
        }
    }
}
