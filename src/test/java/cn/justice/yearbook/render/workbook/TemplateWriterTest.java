package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.justice.yearbook.support.SampleData.CATALOGUE;
import static cn.justice.yearbook.support.SampleData.COUNTY;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateWriterTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-12-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Township qunan = COUNTY.townships().stream().filter(t -> t.name().equals("渠南街道")).findFirst().orElseThrow();
    private Path file;

    @BeforeEach
    void writeTemplate() {
        file = new TemplateWriter(CATALOGUE, COUNTY, FIXED).write(qunan, 2025, dir);
    }

    @Test
    void writesOneFileNamedForTownshipAndYearAndNothingElse() throws IOException {
        assertThat(file).isEqualTo(dir.resolve("渠南街道_2025年_法治政府建设统计报表.xlsx"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void readerFindsTownshipYearAndEveryIndicatorWithNothingReported() {
        WorkbookReading reading = cn.justice.yearbook.support.SampleData.read(file, null);

        assertThat(reading.rejected()).isFalse();
        assertThat(reading.township()).isEqualTo(qunan);
        assertThat(reading.year()).isEqualTo(2025);
        assertThat(reading.values()).extracting(ReportedValue::code)
                .containsExactlyElementsOf(CATALOGUE.indicators().stream().map(Indicator::code).toList());
        assertThat(reading.values()).extracting(v -> v.parsed().status()).containsOnly(ParsedValue.Status.MISSING);
        assertThat(reading.findings()).as("category rows and instructions raise nothing").isEmpty();
    }

    @Test
    void everyInputCellValidatesItsIndicatorsType() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            for (Indicator indicator : CATALOGUE.indicators()) {
                int row = rowOf(sheet, indicator.code());
                XSSFDataValidation validation = validations.stream()
                        .filter(v -> covers(v, row, TemplateWriter.VALUE_COLUMN)).findFirst().orElseThrow();
                var constraint = validation.getValidationConstraint();
                if (indicator.isPercent()) {
                    assertThat(constraint.getValidationType()).isEqualTo(ValidationType.DECIMAL);
                    assertThat(constraint.getOperator()).isEqualTo(OperatorType.BETWEEN);
                    assertThat(List.of(constraint.getFormula1(), constraint.getFormula2())).containsExactly("0", "100");
                } else {
                    assertThat(constraint.getValidationType()).isEqualTo(ValidationType.INTEGER);
                    assertThat(constraint.getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
                    assertThat(constraint.getFormula1()).isEqualTo("0");
                }
                assertThat(validation.getShowPromptBox()).isTrue();
                assertThat(validation.getPromptBoxTitle()).isEqualTo("计量单位：" + indicator.unit()).hasSizeLessThanOrEqualTo(32);
                assertThat(validation.getPromptBoxText()).contains(indicator.definition().substring(0, 6)).hasSizeLessThanOrEqualTo(255);
                assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(validation.getErrorBoxText()).contains(indicator.name()).hasSizeLessThanOrEqualTo(255);
            }
            assertThat(validations).anyMatch(v -> covers(v, rowOf(sheet, "MED_CASES"), TemplateWriter.NOTE_COLUMN)
                    && v.getValidationConstraint().getValidationType() == ValidationType.ANY);
        }
    }

    @Test
    void onlyValueAndNoteCellsCanBeEdited() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(workbook.isStructureLocked()).isTrue();
            XSSFRow row = sheet.getRow(rowOf(sheet, "MED_SUCCESS_RATE"));
            assertThat(row.getCell(TemplateWriter.VALUE_COLUMN).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(TemplateWriter.NOTE_COLUMN).getCellStyle().getLocked()).isFalse();
            for (int col : new int[] {TemplateWriter.SERIAL_COLUMN, TemplateWriter.CODE_COLUMN, TemplateWriter.NAME_COLUMN,
                    TemplateWriter.UNIT_COLUMN, TemplateWriter.DEFINITION_COLUMN}) {
                assertThat(row.getCell(col).getCellStyle().getLocked()).as("column %d", col).isTrue();
            }
            XSSFRow identity = sheet.getRow(TemplateWriter.IDENTITY_ROW);
            assertThat(identity.getCell(TemplateWriter.NAME_COLUMN).getStringCellValue()).isEqualTo("渠南街道");
            assertThat(identity.getCell(TemplateWriter.NAME_COLUMN).getCellStyle().getLocked()).isTrue();
            assertThat(identity.getCell(TemplateWriter.NOTE_COLUMN).getNumericCellValue()).isEqualTo(2025);
            assertThat(identity.getCell(TemplateWriter.NOTE_COLUMN).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void carriesAVeryHiddenVersionMarker() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(TemplateMeta.SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(TemplateMeta.read(workbook)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "template", "county-yearbook", "version", "1", "county", "云溪县", "township", "渠南街道",
                    "year", "2025", "catalogue_size", "50"));
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void marksRequiredIndicatorsAndExplainsRatesByTheirFormula() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, "MED_CASES", TemplateWriter.NAME_COLUMN)).isEqualTo("*人民调解受理矛盾纠纷件数");
            assertThat(text(sheet, "MED_SCREENED", TemplateWriter.NAME_COLUMN)).isEqualTo("排查矛盾纠纷件数");
            assertThat(text(sheet, "MED_SUCCESS_RATE", TemplateWriter.DEFINITION_COLUMN))
                    .startsWith("计算公式：调解成功件数÷人民调解受理矛盾纠纷件数×100").contains("可以不填");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("「*」").contains("必填");
            assertThat(sheet.getRow(TemplateWriter.HEADER_ROW + 1).getCell(0).getStringCellValue()).isEqualTo("一、组织领导");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:G1"));
        }
    }

    @Test
    void printsOnA4PortraitOneColumnWideWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:5"));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (TemplateWriter.HEADER_ROW + 1));
        }
    }

    @Test
    void sameTemplateFromTheSameClockIsByteIdentical() throws IOException {
        Path again = new TemplateWriter(CATALOGUE, COUNTY, FIXED).write(qunan, 2025, Files.createDirectory(dir.resolve("again")));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void writesOneTemplatePerTownship() {
        List<Path> written = new TemplateWriter(CATALOGUE, COUNTY, FIXED).writeAll(2026, dir.resolve("2026"));
        assertThat(written).hasSize(COUNTY.size()).allSatisfy(p -> assertThat(p).exists());
        assertThat(written.get(0).getFileName().toString()).isEqualTo("城东街道_2026年_法治政府建设统计报表.xlsx");
    }

    private XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int rowOf(XSSFSheet sheet, String code) {
        for (int r = TemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFCell cell = sheet.getRow(r).getCell(TemplateWriter.CODE_COLUMN);
            if (cell != null && code.equals(cell.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("No row for " + code);
    }

    private static String text(XSSFSheet sheet, String code, int col) {
        return sheet.getRow(rowOf(sheet, code)).getCell(col).getStringCellValue();
    }

    private static boolean covers(XSSFDataValidation validation, int row, int col) {
        for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
            if (range.isInRange(row, col)) {
                return true;
            }
        }
        return false;
    }
}
