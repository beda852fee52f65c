package cn.justice.yearbook.ingest;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class XlsxStreamReaderMergedRangeTest {

    private static final String[] REFS = {
            "A1:G1", "A6:D6", "B2", "XFD1048576", "A1:XFD1048576", "AA10:AB12", "G1:A1", "A3:A1", "$A$1:$B$2", "a1:b2",
            "A0:B1", "A01:B2", "XFE1:XFE2", "A1048577", "AAAA1", "A1:", ":A1", "A1:B2:C3", "1A", "A", "", "A1 :B2", "A１",
            "ZZZ1:ZZZ9", "A12345678",
    };

    @Test
    void readsEveryReferenceAsCellRangeAddressValueOf() {
        for (String ref : REFS) {
            assertSame(ref);
        }
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String first = SheetGrid.address(random.nextInt(1_048_576), random.nextInt(16_384));
            String last = SheetGrid.address(random.nextInt(1_048_576), random.nextInt(16_384));
            assertSame(first + ":" + last);
            assertSame(first);
        }
    }

    private static String fields(CellRangeAddress range) {
        return range.getFirstRow() + "," + range.getLastRow() + "," + range.getFirstColumn() + "," + range.getLastColumn();
    }

    private static void assertSame(String ref) {
        Object want;
        try {
            want = fields(CellRangeAddress.valueOf(ref));
        } catch (RuntimeException e) {
            want = e.getClass();
        }
        Throwable failure = catchThrowable(() -> XlsxStreamReader.mergedRange(ref));
        Object got = failure != null ? failure.getClass() : fields(XlsxStreamReader.mergedRange(ref));
        assertThat(got).as(ref).isEqualTo(want);
    }
}
