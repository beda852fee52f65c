package cn.justice.yearbook.sample;

import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.ParsedValue;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Column;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.RowLabel;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static cn.justice.yearbook.support.SampleData.CATALOGUE;
import static cn.justice.yearbook.support.SampleData.COUNTY;
import static cn.justice.yearbook.support.SampleData.number;
import static cn.justice.yearbook.support.SampleData.read;
import static cn.justice.yearbook.support.SampleData.valuesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TownshipWorkbookWriterTest {

    @TempDir
    Path dir;

    private TownshipWorkbookWriter qunan2025() {
        return TownshipWorkbookWriter.forTownship(CATALOGUE, COUNTY, "渠南街道", 2025);
    }

    @Test
    void filledTemplateReadsBackEveryValueAsTyped() throws IOException {
        Path file = qunan2025()
                .value("MED_CASES", 40)
                .value("MED_SUCCESS", "34件")
                .value("MED_SUCCESS_RATE", 0.85, CellFormat.PERCENT)
                .value("PUB_MATERIALS", "2,000")
                .value("PUB_EVENTS", "１７")
                .value("PET_RECEIVED", 12)
                .value("PET_CLOSED", 12)
                .formula("PET_CLOSE_RATE", "{PET_CLOSED}/{PET_RECEIVED}*100")
                .note("MED_CASES", "含村（社区）调委会受理件")
                .writeInto(dir);

        WorkbookReading reading = read(file, 2025);

        assertThat(file.getFileName().toString()).isEqualTo("渠南街道_2025年_法治政府建设统计报表.xlsx");
        assertThat(reading.township().name()).isEqualTo("渠南街道");
        assertThat(reading.year()).isEqualTo(2025);
        assertThat(reading.values()).hasSize(CATALOGUE.size());
        assertNumber(reading, "MED_CASES", "40");
        assertNumber(reading, "MED_SUCCESS", "34");
        assertNumber(reading, "MED_SUCCESS_RATE", "85");
        assertNumber(reading, "PUB_MATERIALS", "2000");
        assertNumber(reading, "PUB_EVENTS", "17");
        assertNumber(reading, "PET_CLOSE_RATE", "100");
        // the reader keeps notes NFKC-normalised: full-width punctuation comes back half-width
        assertThat(valuesOf(reading, "MED_CASES").get(0).note()).isEqualTo(Labels.halfWidth("含村（社区）调委会受理件"));
        assertThat(valuesOf(reading, "ORG_LAW_MEETINGS").get(0).parsed().status()).isEqualTo(ParsedValue.Status.MISSING);
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void freeFormTableIsReadByItsAliasesTitleAndYearColumn() throws IOException {
        Path file = qunan2025().layout(Layout.FREE_FORM)
                .rowLabels(RowLabel.ALIAS)
                .townshipLabel("渠南街道办事处")
                .value("MED_CASES", "130件")
                .value("MED_SUCCESS", 127)
                .formula("MED_SUCCESS_RATE", "ROUND({MED_SUCCESS}/{MED_CASES}*100,1)", 97.7, CellFormat.ONE_DECIMAL)
                .value("PUB_MATERIALS", "2000余")
                .value("PLS_CONSULTS", 2350, CellFormat.THOUSANDS)
                .note("PUB_MATERIALS", "含赶集日发放")
                .write(dir.resolve("渠南街道2025年法治政府建设数据.xlsx"));

        WorkbookReading reading = read(file, 2025);

        assertThat(reading.township().name()).isEqualTo("渠南街道");
        assertThat(reading.year()).isEqualTo(2025);
        assertThat(reading.values()).extracting(ReportedValue::code)
                .containsExactly("PUB_MATERIALS", "PLS_CONSULTS", "MED_CASES", "MED_SUCCESS", "MED_SUCCESS_RATE");
        assertNumber(reading, "MED_CASES", "130");
        assertNumber(reading, "MED_SUCCESS_RATE", "97.7");
        assertNumber(reading, "PLS_CONSULTS", "2350");
        ReportedValue materials = valuesOf(reading, "PUB_MATERIALS").get(0);
        assertThat(materials.parsed().approximate()).isTrue();
        assertThat(materials.note()).isEqualTo("含赶集日发放");
        assertThat(materials.unitColumn()).isEqualTo("份");
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("渠南街道办事处2025年法治政府建设工作情况统计表");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("2025年");
            assertThat(sheet.getNumMergedRegions()).isGreaterThanOrEqualTo(2);
            assertThat(findRow(sheet, "调解矛盾纠纷件数")).as("named by its alias, not its code").isNotNull();
        }
    }

    @Test
    void legacyXlsHasItsHeaderFurtherDownAndColumnsInAnotherOrder() throws IOException {
        Path file = TownshipWorkbookWriter.forTownship(CATALOGUE, COUNTY, "凤鸣乡", 2024).layout(Layout.LEGACY_XLS)
                .townshipLabel("凤鸣乡人民政府")
                .value("MED_CASES", 25)
                .value("MED_SUCCESS", 24)
                .formula("MED_SUCCESS_RATE", "ROUND({MED_SUCCESS}/{MED_CASES}*100,1)")
                .value("ENF_STAFF", "8人")
                .writeInto(dir);

        assertThat(file.getFileName().toString()).endsWith(".xls");
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
            Row header = workbook.getSheetAt(0).getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("指标名称");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("本年数值");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("指标代码");
        }
        WorkbookReading reading = read(file, null);
        assertThat(reading.township().name()).isEqualTo("凤鸣乡");
        assertThat(reading.year()).as("the 填报日期 in the footer says 2025; the 报告年度 label wins").isEqualTo(2024);
        assertNumber(reading, "MED_CASES", "25");
        assertNumber(reading, "MED_SUCCESS_RATE", "96"); // evaluated when written: an .xls always saves a result
        assertNumber(reading, "ENF_STAFF", "8");
        assertThat(reading.findings()).isEmpty();
    }

    @Test
    void headerlessPairsAreReadWithoutAHeaderRow() throws IOException {
        Path file = TownshipWorkbookWriter.forTownship(CATALOGUE, COUNTY, "清水乡", 2023).layout(Layout.HEADERLESS)
                .value("ORG_LAW_MEETINGS", "四")
                .value("PUB_EVENTS", "17场次")
                .value("PUB_MATERIALS", "2万")
                .value("MED_CASES", 31)
                .value("PET_RECEIVED", "无")
                .writeInto(dir);

        WorkbookReading reading = read(file, null);

        assertThat(reading.township().name()).isEqualTo("清水乡");
        assertThat(reading.year()).isEqualTo(2023);
        assertNumber(reading, "ORG_LAW_MEETINGS", "4");
        assertNumber(reading, "PUB_EVENTS", "17");
        assertNumber(reading, "PUB_MATERIALS", "20000");
        assertNumber(reading, "MED_CASES", "31");
        assertNumber(reading, "PET_RECEIVED", "0");
    }

    @Test
    void columnsCanComeInAnyOrderUnderOtherCaptionsBelowExtraTitleRows() throws IOException {
        Path file = qunan2025().layout(Layout.FREE_FORM)
                .titleRow("附件2")
                .titleRow("")
                .columns(Column.VALUE, Column.CODE, Column.NAME, Column.NOTE)
                .caption(Column.VALUE, "完成数")
                .value("ENF_STAFF", 12)
                .value("ENF_CERTIFIED", 11)
                .note("ENF_CERTIFIED", "1人新调入，待考证")
                .writeInto(dir);

        WorkbookReading reading = read(file, 2025);

        assertThat(reading.township().name()).isEqualTo("渠南街道");
        assertNumber(reading, "ENF_STAFF", "12");
        assertNumber(reading, "ENF_CERTIFIED", "11");
        assertThat(valuesOf(reading, "ENF_CERTIFIED").get(0).note()).isEqualTo(Labels.halfWidth("1人新调入，待考证"));
    }

    @Test
    void categoryRowsMergedAcrossTheTableDoNotHideValues() throws IOException {
        Path file = qunan2025().layout(Layout.FREE_FORM).mergeCategoryRows()
                .value("ORG_LAW_MEETINGS", 4)
                .value("PUB_EVENTS", 30)
                .writeInto(dir);

        WorkbookReading reading = read(file, 2025);

        assertNumber(reading, "ORG_LAW_MEETINGS", "4");
        assertNumber(reading, "PUB_EVENTS", "30");
    }

    @Test
    void duplicateAndUnknownRowsAreWrittenBelowTheTable() throws IOException {
        Path file = qunan2025()
                .value("MED_CASES", 40)
                .duplicateRow("MED_CASES", 41)
                .unknownRow("网格员人数", "36")
                .writeInto(dir);

        WorkbookReading reading = read(file, 2025);

        assertThat(valuesOf(reading, "MED_CASES")).extracting(v -> v.parsed().number())
                .containsExactly(new BigDecimal("40"), new BigDecimal("41"));
        assertThat(reading.findings()).extracting(Finding::ruleId).containsExactly(Rule.UNKNOWN_INDICATOR.name());
        assertThat(reading.findings().get(0).message()).contains("网格员人数");
    }

    @Test
    void statesAnotherTownshipOrYearWhenTold() throws IOException {
        Path otherYear = qunan2025().yearLabel(2024).write(dir.resolve("报表.xlsx"));
        Path unknown = qunan2025().townshipLabel("渠北镇").write(dir.resolve("报表2.xlsx"));

        WorkbookReading first = read(otherYear, null);
        WorkbookReading second = read(unknown, 2025);

        assertThat(first.township().name()).isEqualTo("渠南街道");
        assertThat(first.year()).isEqualTo(2024);
        assertThat(second.township()).isNull();
        assertThat(second.findings()).extracting(Finding::ruleId).contains(Rule.TOWNSHIP_UNKNOWN.name());
    }

    @Test
    void formulaKeepsTheResultExcelSavedWithIt() throws IOException {
        Path file = qunan2025()
                .value("PET_RECEIVED", 13)
                .value("PET_CLOSED", 12)
                .formula("PET_CLOSE_RATE", "ROUND({PET_CLOSED}/{PET_RECEIVED}*100,1)", 92.3, CellFormat.GENERAL)
                .writeInto(dir);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Cell cell = findRow(workbook.getSheetAt(0), "PET_CLOSE_RATE").getCell(4);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).matches("ROUND\\(E\\d+/E\\d+\\*100,1\\)");
            assertThat(cell.getNumericCellValue()).isEqualTo(92.3);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        assertNumber(read(file, 2025), "PET_CLOSE_RATE", "92.3");
    }

    @Test
    void submissionTimeDatesTheFileAndGivesTheSameBytesEveryTime() throws IOException {
        Instant when = Instant.parse("2026-01-09T01:30:00Z");
        Path first = qunan2025().value("MED_CASES", 40).submitted(when).write(dir.resolve("a.xlsx"));
        Path second = qunan2025().value("MED_CASES", 40).submitted(when).write(dir.resolve("b.xlsx"));
        Path legacyA = qunan2025().layout(Layout.LEGACY_XLS).value("MED_CASES", 40).submitted(when).write(dir.resolve("a.xls"));
        Path legacyB = qunan2025().layout(Layout.LEGACY_XLS).value("MED_CASES", 40).submitted(when).write(dir.resolve("b.xls"));

        assertThat(Files.getLastModifiedTime(first).toInstant()).isEqualTo(when);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(legacyB)).isEqualTo(Files.readAllBytes(legacyA));
    }

    @Test
    void refusesTheTemplateAsLegacyXls() {
        assertThatThrownBy(() -> qunan2025().write(dir.resolve("x.xls"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> qunan2025().value("NO_SUCH_CODE", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertNumber(WorkbookReading reading, String code, String expected) {
        assertThat(number(reading, code)).as(code).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    private static Row findRow(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        return null;
    }
}
