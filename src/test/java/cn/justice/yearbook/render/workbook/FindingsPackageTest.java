package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.validate.SubmissionStatus;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings sheet written straight as a package must read, in POI, exactly as the one POI writes into a
 * copy: every cell's text or number, its look (bold, size, fill, border, wrap, quote prefix), the merged
 * areas, the column widths and row heights, the frozen rows and the print titles.
 */
class FindingsPackageTest {

    @TempDir
    Path dir;

    @Test
    void readsBackAsTheSheetPoiWrites() throws IOException {
        StoredSubmission submission = new StoredSubmission(7, "0".repeat(64), "=HYPERLINK(\"x\").xlsx",
                "2025/一组/=HYPERLINK(\"x\").xlsx", 1234, Instant.parse("2026-01-05T02:00:00Z"),
                Instant.parse("2026-01-06T03:04:00Z"), 1, "石桥镇", 2025, "报表", SubmissionStatus.ERRORS, null, null);
        List<Finding> findings = List.of(
                new Finding("RATE_OVER_100", Severity.ERROR, "T01", "报表", "D5", "调解成功率 105% 超过 100%，请核对分子分母 <&> \"引号\"", false),
                new Finding("YOY_JUMP", Severity.WARNING, "T02", "报表", "D6", "-比上年增长 300%，请核实\t控制符\u0007与 _x0041_ 原样", false),
                new Finding("NOTE", Severity.WARNING, null, null, null, "说明栏已说明 😀 增长原因", true));
        for (boolean withFindings : new boolean[]{true, false}) {
            FindingsLayout layout = FindingsLayout.of(submission, withFindings ? findings : List.of(),
                    withFindings ? "2025/一组/更正.xlsx" : null, code -> "指标" + code);

            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            FindingsPackage.write(layout, direct);
            Path file = Files.write(dir.resolve("direct.xlsx"), direct.toByteArray());
            ByteArrayOutputStream viaPoi = new ByteArrayOutputStream();
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                new FindingsSheet(workbook).fill(layout);
                workbook.write(viaPoi);
            }

            try (InputStream in = Files.newInputStream(file);
                 Workbook got = WorkbookFactory.create(in);
                 Workbook want = WorkbookFactory.create(new java.io.ByteArrayInputStream(viaPoi.toByteArray()))) {
                assertThat(got.getNumberOfSheets()).isEqualTo(1);
                assertSameSheet(got.getSheetAt(0), want.getSheetAt(0));
                assertTextsAsLaidOut(got.getSheetAt(0), layout);
                assertThat(got.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
                assertThat(got.getSheetAt(0).getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(got.getSheetAt(0).getRepeatingRows()).hasToString(want.getSheetAt(0).getRepeatingRows().toString());
                assertThat(got.getSheetAt(0).getPaneInformation()).isEqualTo(want.getSheetAt(0).getPaneInformation());
            }
        }
    }

    @Test
    void noCellIsAFormulaAndFormulaLikeTextIsQuoted() throws IOException {
        StoredSubmission submission = new StoredSubmission(1, "0".repeat(64), "+cmd.xlsx", "+cmd.xlsx", 1, Instant.EPOCH,
                Instant.EPOCH, 1, "@石桥镇", null, null, SubmissionStatus.REJECTED, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FindingsPackage.write(FindingsLayout.of(submission, List.of(), null, c -> c), out);
        try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            int quoted = 0;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && TextCells.startsLikeFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
                        quoted++;
                    }
                }
            }
            assertThat(quoted).isEqualTo(2); // the file name and the township
        }
    }

    static void assertSameSheet(Sheet got, Sheet want) {
        assertThat(got.getSheetName()).isEqualTo(want.getSheetName());
        assertThat(got.getLastRowNum()).isEqualTo(want.getLastRowNum());
        assertThat(got.getMergedRegions()).map(Object::toString).containsExactlyInAnyOrderElementsOf(
                want.getMergedRegions().stream().map(Object::toString).toList());
        for (int c = 0; c < FindingsLayout.WIDTHS.length; c++) {
            assertThat(got.getColumnWidth(c)).as("width of column %d", c).isEqualTo(want.getColumnWidth(c));
        }
        for (int r = 0; r <= want.getLastRowNum(); r++) {
            Row w = want.getRow(r);
            Row g = got.getRow(r);
            if (w == null) {
                assertThat(g).isNull();
                continue;
            }
            assertThat(g.getHeightInPoints()).as("height of row %d", r + 1).isEqualTo(w.getHeightInPoints());
            assertThat(g.getLastCellNum()).isEqualTo(w.getLastCellNum());
            for (Cell wc : w) {
                Cell gc = g.getCell(wc.getColumnIndex());
                String where = wc.getAddress().toString();
                assertThat(gc.getCellType()).as(where).isEqualTo(wc.getCellType());
                if (wc.getCellType() == CellType.NUMERIC) {
                    assertThat(gc.getNumericCellValue()).as(where).isEqualTo(wc.getNumericCellValue());
                }
                assertSameLook(gc.getCellStyle(), wc.getCellStyle(), got.getWorkbook(), want.getWorkbook(), where);
            }
        }
    }

    /**
     * Texts come back exactly as laid out. (POI's own writer does not: it turns a control character into 「?」
     * and reads a literal 「_x0041_」 back as 「A」; the package escapes both.)
     */
    private static void assertTextsAsLaidOut(Sheet sheet, FindingsLayout layout) {
        int texts = 0;
        for (FindingsLayout.Line line : layout.lines()) {
            for (FindingsLayout.Entry entry : line.entries()) {
                if (entry.text() != null) {
                    assertThat(sheet.getRow(line.row()).getCell(entry.col()).getStringCellValue())
                            .as("row %d col %d", line.row() + 1, entry.col() + 1).isEqualTo(entry.text());
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(15);
    }

    private static void assertSameLook(CellStyle got, CellStyle want, Workbook gotBook, Workbook wantBook, String where) {
        assertThat(got.getWrapText()).as(where + " wrap").isEqualTo(want.getWrapText());
        assertThat(got.getVerticalAlignment()).as(where + " vertical").isEqualTo(want.getVerticalAlignment());
        assertThat(got.getQuotePrefixed()).as(where + " quote prefix").isEqualTo(want.getQuotePrefixed());
        assertThat(got.getFillPattern()).as(where + " fill").isEqualTo(want.getFillPattern());
        assertThat(got.getFillForegroundColor()).as(where + " fill colour").isEqualTo(want.getFillForegroundColor());
        assertThat(got.getBorderBottom()).as(where + " border").isEqualTo(want.getBorderBottom());
        var gotFont = gotBook.getFontAt(got.getFontIndex());
        var wantFont = wantBook.getFontAt(want.getFontIndex());
        assertThat(gotFont.getBold()).as(where + " bold").isEqualTo(wantFont.getBold());
        assertThat(gotFont.getFontHeightInPoints()).as(where + " size").isEqualTo(wantFont.getFontHeightInPoints());
    }
}
