package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.SampleYearbook;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CompanionWorkbookWriterTest {

    private final SampleYearbook sample = new SampleYearbook();

    @TempDir
    Path folder;

    @Test
    void writesOneSheetPerTableWithTheCountyTotalsAsNumbers() throws IOException {
        try (Workbook workbook = written(sample.yearbook())) {
            Sheet mediation = workbook.getSheet("表6-1");
            Row total = rowLabelled(mediation, "全　县");
            IndicatorFigures cases = indicator(sample.yearbook(), "MED_CASES");

            // 2 summary tables, 11 category tables, 11 standings tables (one per category, for its key indicator)
            assertThat(workbook.getNumberOfSheets()).isEqualTo(24);
            assertThat(mediation.getRow(0).getCell(0).getStringCellValue()).isEqualTo("表6-1　2025年各乡镇（街道）矛盾纠纷化解情况");
            Cell casesTotal = total.getCell(columnOf(mediation, "人民调解受理矛盾纠纷件数"));
            assertThat(casesTotal.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(casesTotal.getNumericCellValue()).isEqualTo(cases.county().value().doubleValue());
            assertThat(casesTotal.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void keepsUnitsNotesAndMarksWithTheNumbers() throws IOException {
        try (Workbook workbook = written(sample.yearbook())) {
            Sheet publicity = workbook.getSheet("表4-1");
            Sheet mediation = workbook.getSheet("表6-1");
            Cell leaflets = rowLabelled(publicity, SampleYearbook.APPROXIMATE).getCell(columnOf(publicity, "发放普法宣传资料份数"));
            Cell rateOnly = rowLabelled(mediation, SampleYearbook.RATE_ONLY).getCell(columnOf(mediation, "调解成功率"));
            Cell missing = rowLabelled(mediation, SampleYearbook.NOT_SUBMITTED).getCell(1);

            assertThat(leaflets.getNumericCellValue()).isEqualTo(2000);
            assertThat(leaflets.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"*\"");
            assertThat(rateOnly.getCellStyle().getDataFormatString()).isEqualTo("0.0\"#\"");
            assertThat(missing.getStringCellValue()).isEqualTo("…");
            assertThat(texts(mediation)).anyMatch(t -> t.startsWith("注：1. “调解成功率”的全县数"));
            assertThat(texts(workbook.getSheet("表2-1"))).contains("单位：次");
        }
    }

    @Test
    void writesSubmittedTextAsTextNeverAsAFormula() throws IOException {
        Yearbook hostile = withNote(sample.yearbook(), "=HYPERLINK(\"http://example.invalid\",\"点击\")");

        try (Workbook workbook = written(hostile)) {
            Sheet sheet = workbook.getSheet("表2-1");
            List<Cell> cells = cells(sheet);

            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            assertThat(cells).anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().contains("=HYPERLINK"));
        }
    }

    @Test
    void replacesTheFileAtomically() throws IOException {
        Path target = folder.resolve("yearbook.xlsx");
        Files.writeString(target, "previous");

        new CompanionWorkbookWriter(7).write(sample.yearbook(), target);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readAllBytes(target)).startsWith((byte) 'P', (byte) 'K');
    }

    private Workbook written(Yearbook yearbook) throws IOException {
        Path target = folder.resolve("companion.xlsx");
        new CompanionWorkbookWriter(7).write(yearbook, target);
        return WorkbookFactory.create(target.toFile(), null, true);
    }

    private static IndicatorFigures indicator(Yearbook yearbook, String code) {
        return yearbook.indicator(code).orElseThrow();
    }

    private static Yearbook withNote(Yearbook yearbook, String note) {
        List<CategoryFigures> categories = new ArrayList<>();
        for (CategoryFigures category : yearbook.categories()) {
            categories.add(new CategoryFigures(category.category(), category.indicators().stream()
                    .map(i -> new IndicatorFigures(i.indicator(), i.byTownship(), i.county(), i.countyByYear(),
                            List.of(note)))
                    .toList()));
        }
        return new Yearbook(yearbook.edition(), yearbook.townships(), categories, yearbook.quality());
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " on " + sheet.getSheetName());
    }

    private static int columnOf(Sheet sheet, String heading) {
        for (Cell cell : sheet.getRow(2)) {
            if (cell.getStringCellValue().startsWith(heading)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + heading + " on " + sheet.getSheetName());
    }

    private static List<Cell> cells(Sheet sheet) {
        List<Cell> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cells::add));
        return cells;
    }

    private static List<String> texts(Sheet sheet) {
        return cells(sheet).stream().filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue).toList();
    }
}
