package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds two readings of one workbook by {@link XlsxStreamReader} to be the same, cell by cell, styles included. */
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
}
