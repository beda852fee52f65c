package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.testing.CompleteReport;
import cn.justice.yearbook.testing.Pipeline;
import cn.justice.yearbook.testing.ReceiptTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet would run as a formula, sent in file names, a sheet name and a 说明 note, comes back
 * in the feedback workbooks (.xlsx and .xls) and the receipt table as text: string cells marked with Excel's quote prefix, so it
 * stays text even when someone edits the cell, and not a single formula cell anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormulaInjectionJobTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http:\\\\evil.example\",\"点我领取\")";
    private static final List<String> FILES = List.of(HYPERLINK + ".xlsx", "+1+1.xlsx", "-2.xlsx", "@SUM(A1).xlsx", "=1+1.xls");

    @TempDir
    static Path temp;
    Pipeline pipeline;

    @BeforeAll
    void runOverFilesNamedLikeFormulas() throws IOException {
        pipeline = new Pipeline(temp);
        CompleteReport.values().workbook("渠南街道", 2025).note("MED_CASES", HYPERLINK)
                .writeTo(pipeline.input(FILES.get(0)));
        Files.write(pipeline.input(FILES.get(1)), "=1+1,+1+1\n-2,@SUM(A1)\n".getBytes(StandardCharsets.UTF_8));
        CompleteReport.values().with("MED_CASES", "-2").workbook("城东街道", 2025).writeTo(pipeline.input(FILES.get(2)));
        CompleteReport.values().with("PLS_CONSULTS", "=见附件").workbook("城西街道", 2025).sheetName("@SUM(A1)")
                .writeTo(pipeline.input(FILES.get(3)));
        CompleteReport.values().workbook("青山镇", 2025).legacy().writeTo(pipeline.input(FILES.get(4)));

        Pipeline.Result result = pipeline.run();
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void eachFileIsJudgedAsUsual() {
        assertThat(pipeline.outcome(FILES.get(0)).status()).isEqualTo("ACCEPTED");
        assertThat(pipeline.outcome(FILES.get(1)).status()).isEqualTo("REJECTED");
        assertThat(pipeline.outcome(FILES.get(2)).findings()).extracting(f -> f.ruleId()).contains("NEGATIVE_VALUE");
        assertThat(pipeline.outcome(FILES.get(3)).findings()).extracting(f -> f.ruleId()).contains("VALUE_NOT_A_NUMBER");
        assertThat(pipeline.outcome(FILES.get(4)).status()).isEqualTo("ACCEPTED");
    }

    @Test
    void theReceiptsShowFormulaLikeNamesAsQuotedText() throws IOException {
        Path year = pipeline.output().resolve("receipts/2025/云溪县-2025-报送回执.xlsx");
        Path noYear = pipeline.output().resolve("receipts/未识别/云溪县-未识别年度-报送回执.xlsx");
        assertThat(ReceiptTable.read(year).received()).extracting(r -> r.get("文件"))
                .containsExactlyInAnyOrder(FILES.get(0), FILES.get(2), FILES.get(3), FILES.get(4));
        assertThat(ReceiptTable.read(year).row(FILES.get(3)).get("主要问题")).startsWith("@SUM(A1)!E");
        assertThat(ReceiptTable.read(noYear).row(FILES.get(1)).get("隔离副本")).isEqualTo("quarantine/未识别/+1+1.xlsx");
        for (Path receipt : List.of(year, noYear)) {
            try (Workbook workbook = WorkbookFactory.create(receipt.toFile(), null, true)) {
                assertNoFormulas(workbook);
                for (Row row : workbook.getSheet("报送回执")) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && TextCells.startsLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                        }
                    }
                }
            }
        }
        try (Workbook workbook = WorkbookFactory.create(year.toFile(), null, true)) {
            for (String text : List.of(FILES.get(0), FILES.get(2), FILES.get(3))) {
                Cell cell = find(workbook, text);
                assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
            }
            assertThat(find(workbook, ReceiptTable.read(year).row(FILES.get(3)).get("主要问题")).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void feedbackWorkbooksShowThemAsQuotedTextToo() throws IOException {
        try (Stream<Path> files = Files.list(pipeline.output().resolve("feedback/2025"))) {
            List<Path> feedback = files.toList();
            assertThat(feedback).hasSize(4);
            for (Path file : feedback) {
                try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                    assertNoFormulas(workbook);
                }
            }
        }
        try (Workbook workbook = WorkbookFactory.create(
                pipeline.output().resolve(pipeline.outcome(FILES.get(0)).feedback()).toFile(), null, true)) {
            Cell name = find(workbook, HYPERLINK + ".xlsx");
            assertThat(name.getSheet().getSheetName()).isEqualTo("审核结果");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getNumberOfSheets()).as("nothing to point at: the findings sheet alone").isOne();
        }
        try (Workbook workbook = WorkbookFactory.create(
                pipeline.output().resolve(pipeline.outcome(FILES.get(3)).feedback()).toFile(), null, true)) {
            assertThat(workbook.getSheet("@SUM(A1)")).as("the township's own sheet, copied with its findings marked").isNotNull();
            assertThat(find(workbook, "=见附件").getCellType()).as("the value, in the township's own sheet").isEqualTo(CellType.STRING);
        }
        try (Workbook legacy = WorkbookFactory.create(
                pipeline.output().resolve(pipeline.outcome(FILES.get(4)).feedback()).toFile(), null, true)) {
            assertThat(legacy).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
            Cell name = find(legacy, FILES.get(4));
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        }
        try (Workbook workbook = WorkbookFactory.create(
                pipeline.output().resolve(pipeline.outcome(FILES.get(1)).feedback()).toFile(), null, true)) {
            assertNoFormulas(workbook);
            assertThat(find(workbook, "+1+1.xlsx").getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void textTooLongForACellIsCutNotFatal() throws IOException {
        try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);
            new TextCells(workbook).set(cell, "=" + "很".repeat(40_000));
            assertThat(cell.getStringCellValue()).hasSize(TextCells.MAX_CHARS).endsWith("…");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static void assertNoFormulas(Workbook workbook) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
                    }
                }
            }
        }
        assertThat(formulas).as("formula cells").isEmpty();
    }

    private static Cell find(Workbook workbook, String text) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("No cell holds " + text);
    }
}
