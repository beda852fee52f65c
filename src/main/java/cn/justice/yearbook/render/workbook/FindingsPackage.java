package cn.justice.yearbook.render.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * A feedback workbook that is the findings sheet alone (a rejected file, or one with nothing to point at),
 * written straight as an xlsx package ({@link PlainWorkbook}): the same sheet {@link FindingsSheet} puts into a copy,
 * without building and saving a POI workbook (well under a millisecond a file, BENCHMARKS.md).
 */
final class FindingsPackage {

    private FindingsPackage() {
    }

    static void write(FindingsLayout layout, OutputStream target) throws IOException {
        PlainWorkbook workbook = new PlainWorkbook();
        FindingsSheetXml.fill(workbook.sheet(FindingsLayout.SHEET_NAME), layout);
        workbook.write(target, null, null, Instant.now());
    }
}
