package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.justice.yearbook.testing.SampleInput;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming reader must see exactly what POI sees, cell by cell, or leave the file to POI.
 * Every test compares the two readings of the same file: sheet names and visibility, the last row and the
 * last cell of each row, merged areas, and each cell's kind, number, text, percent and date flags and display.
 */
class XlsxStreamReaderTest {

    private static final int MAX_ROWS = WorkbookOpener.DEFAULT_MAX_ROWS;

    @TempDir
    Path dir;

    @Test
    void readsEveryShippedSampleWorkbookExactlyAsPoiDoes() throws Exception {
        List<Path> files = SampleInput.xlsxFiles();
        assertThat(files).hasSizeGreaterThan(30);
        int streamed = 0;
        for (Path file : files) {
            if (!new FileSniffer().sniff(file).kind().equals(FileKind.XLSX)) {
                continue; // the sample's deliberately broken files
            }
            assertSameAsPoi(file);
            streamed++;
        }
        assertThat(streamed).isGreaterThan(30);
    }

    @Test
    void readsEveryKindOfCellPoiWritesExactlyAsPoiDoes() throws Exception {
        Path file = dir.resolve("kinds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("报表");
            CellStyle percent = style(workbook, "0.0%");
            CellStyle thousands = style(workbook, "#,##0");
            CellStyle twoDecimals = style(workbook, "0.00");
            CellStyle date = style(workbook, "yyyy-mm-dd");
            CellStyle chineseDate = style(workbook, "yyyy\"年\"m\"月\"d\"日\"");
            CellStyle withUnit = style(workbook, "0\"件\"");
            CellStyle builtinPercent = workbook.createCellStyle();
            builtinPercent.setDataFormat((short) 9);
            XSSFRow title = sheet.createRow(0);
            title.createCell(0).setCellValue("石桥镇 2025 年度法治政府建设统计表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            XSSFRow header = sheet.createRow(2);
            String[] captions = {"序号", "指标名称", "单位", "本年数值", "备注"};
            for (int i = 0; i < captions.length; i++) {
                header.createCell(i).setCellValue(captions[i]);
            }
            Object[][] rows = {
                    {1, "人民调解案件数", "件", 120.0, null},
                    {2, "调解成功率", "%", 0.945, percent},
                    {3, "普法宣传活动场次", "场次", 12345.0, thousands},
                    {4, "法律援助案件数", "件", 0.145, twoDecimals},
                    {5, "报送日期", "", 45678.0, date},
                    {6, "统计截止日期", "", 45657.0, chineseDate},
                    {7, "行政复议案件数", "件", 38.0, withUnit},
                    {8, "社区矫正对象数", "人", 0.5, builtinPercent},
                    {9, "负数", "", -3.25, null},
                    {10, "很大的数", "", 1.0E20, null},
                    {11, "很小的数", "", 1.5E-7, null},
            };
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue((Integer) rows[i][0]);
                row.createCell(1).setCellValue((String) rows[i][1]);
                row.createCell(2).setCellValue((String) rows[i][2]);
                XSSFCell value = row.createCell(3);
                value.setCellValue((Double) rows[i][3]);
                if (rows[i][4] != null) {
                    value.setCellStyle((CellStyle) rows[i][4]);
                }
            }
            XSSFRow formulas = sheet.createRow(20);
            formulas.createCell(0).setCellFormula("D4*2");
            formulas.createCell(1).setCellFormula("\"合计\"&\"：\"");
            formulas.createCell(2).setCellFormula("1/0");
            formulas.createCell(3).setCellFormula("D4>100");
            formulas.createCell(4).setCellFormula("D5");
            formulas.getCell(4).setCellStyle(percent);
            XSSFRow kinds = sheet.createRow(21);
            kinds.createCell(0).setCellValue(true);
            kinds.createCell(1).setCellValue(false);
            kinds.createCell(2).setCellValue("  ");
            kinds.createCell(3).setCellValue("");
            kinds.createCell(6).setCellStyle(percent); // a styled blank cell still counts for the row's last cell
            XSSFRichTextString rich = new XSSFRichTextString("已调解 共计");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            kinds.createCell(4).setCellValue(rich);
            kinds.createCell(5).setCellValue("换行\r\n文字\t与制表符");
            sheet.createRow(30); // an empty row at the end
            sheet.addMergedRegion(new CellRangeAddress(22, 24, 1, 2));
            sheet.createRow(22).createCell(1).setCellValue("合并区域");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            XSSFSheet hidden = workbook.createSheet("隐藏");
            hidden.createRow(0).createCell(0).setCellValue("不该读到");
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            XSSFSheet second = workbook.createSheet("附表");
            second.createRow(5).createCell(2).setCellValue(7);
            workbook.createSheet("空表");
            workbook.write(out);
        }

        List<SheetCells> streamed = assertSameAsPoi(file);
        assertThat(streamed).extracting(SheetCells::name).containsExactly("报表", "附表", "空表");
        assertThat(streamed.get(0).content(4, 3)).satisfies(c -> {
            assertThat(c.percentFormat()).isTrue();
            assertThat(c.display()).isEqualTo("94.5%");
        });
    }

    @Test
    void readsTheDate1904SystemAsPoiDoes() throws Exception {
        Path file = dir.resolve("1904.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            (workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                    : workbook.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
            XSSFCell cell = workbook.createSheet("报表").createRow(0).createCell(0);
            cell.setCellValue(44000.0);
            cell.setCellStyle(style(workbook, "yyyy-mm-dd"));
            workbook.write(out);
        }
        List<SheetCells> streamed = assertSameAsPoi(file);
        assertThat(streamed.get(0).content(0, 0).display()).isEqualTo("2024-06-19");
    }

    @Test
    void readsHandWrittenPartsAsPoiDoes() throws Exception {
        byte[] xlsx = new TestPackages.Xlsx()
                .sharedString("人民调解案件数")
                .sharedString("回车_x000D_换行")
                .sharedString("")
                .sharedStringRaw("<si><r><t>调解</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 成功</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>ちょうてい</t></rPh></si>")
                .sharedStringRaw("<si><t>石桥</t><rPh sb=\"0\" eb=\"1\"><t>いし</t></rPh></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>40</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>内联_x0009_文字</t></is></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>甲</t></r><r><t>乙</t></r></is></c><c r=\"D2\" t=\"s\"><v>4</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>1</v></c><c r=\"B4\" t=\"e\"><v>#N/A</v></c>"
                        + "<c r=\"C4\" t=\"str\"><f>A1&amp;\"\"</f><v>人民调解案件数</v></c><c r=\"D4\"><f>B1*2</f><v>80</v></c>"
                        + "<c r=\"E4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"F4\" t=\"b\"><f>TRUE()</f><v>0</v></c></row>"
                        + "<row r=\"5\"><c r=\"A5\"><v>1e3</v></c><c r=\"B5\"><v></v></c><c r=\"C5\"/><c r=\"D5\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"E5\"><f t=\"shared\" ref=\"E5:E6\" si=\"0\">B1+1</f><v>41</v></c></row>"
                        + "<row r=\"6\"><c r=\"E6\"><f t=\"shared\" si=\"0\"/><v>41</v></c><c r=\"AB6\" t=\"str\"><v>宽</v></c></row>"
                        + "<row r=\"9\" spans=\"1:3\"/>")
                .afterSheetData("<mergeCells count=\"2\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B5:D6\"/></mergeCells>")
                .build();
        Path file = Files.write(dir.resolve("hand.xlsx"), xlsx);

        List<SheetCells> streamed = assertSameAsPoi(file);
        SheetCells sheet = streamed.get(0);
        assertThat(sheet.content(0, 2).text()).isEqualTo("回车\r换行");
        assertThat(sheet.content(1, 0).text()).isEqualTo("调解 成功");
        assertThat(sheet.content(1, 3).text()).isEqualTo("石桥");
        assertThat(sheet.content(3, 4).text()).isEqualTo("#DIV/0!");
        assertThat(sheet.lastRowIndex()).isEqualTo(8);
    }

    @Test
    void leavesToPoiWhatItCannotReadExactlyAsPoiDoes() throws Exception {
        String[] sheets = {
                "<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>", // a formula without its saved result
                "<row><c r=\"A1\"><v>1</v></c></row>", // a row without its number
                "<row r=\"1\"><c><v>1</v></c></row>", // a cell without its address
                "<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2025-01-01</v></c></row>", // an ISO date cell
                "<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:A2\">B1:B2</f><v>1</v></c></row>",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"B1\"><v>2</v></c></row>", // a row twice
                "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>", // a number POI cannot parse
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", // a shared string that is not there
                "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#NOPE!</v></c></row>", // an error code POI does not know
        };
        for (String sheetData : sheets) {
            Path file = Files.write(dir.resolve("declined.xlsx"), new TestPackages.Xlsx().sharedString("甲").sheetData(sheetData).build());
            assertThat(new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file))).as(sheetData).isEmpty();
            assertThat(XlsxStreamReader.staxOnly(MAX_ROWS).read(ZipBytes.of(file))).as(sheetData).isEmpty();
        }
    }

    @Test
    void aFormulaWithoutItsResultIsStillWorkedOutThroughPoi() throws Exception {
        Path file = Files.write(dir.resolve("formula.xlsx"), new TestPackages.Xlsx()
                .sheetData("<row r=\"1\"><c r=\"A1\"><v>40</v></c><c r=\"B1\"><f>A1*2+1</f></c></row>").build());
        try (OpenedWorkbook opened = new WorkbookOpener().openSheets(file, "formula.xlsx")) {
            assertThat(opened.visibleSheets().get(0)).isInstanceOf(PoiSheetCells.class);
            assertThat(opened.visibleSheets().get(0).content(0, 1).number()).isEqualTo(81.0);
        }
    }

    @Test
    void stopsAtTheSameLimitsAsPoisChecks() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 30; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        Path file = Files.write(dir.resolve("rows.xlsx"), new TestPackages.Xlsx().sheetData(rows.toString()).build());
        assertThat(new XlsxStreamReader(30).read(ZipBytes.of(file))).isPresent();
        assertThat(new XlsxStreamReader(29).read(ZipBytes.of(file))).isEmpty();
        assertThat(XlsxStreamReader.staxOnly(29).read(ZipBytes.of(file))).isEmpty();
        assertThatRejected(new WorkbookOpener(WorkbookOpener.DEFAULT_MAX_FILE_SIZE, 29), file, "超过 29 行");

        String longText = "法".repeat(TextVolumeCheck.MAX_CELL_CHARS + 1);
        Path tooLong = Files.write(dir.resolve("long.xlsx"), new TestPackages.Xlsx().sharedString(longText)
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").build());
        assertThat(new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(tooLong))).isEmpty();
        assertThatRejected(new WorkbookOpener(), tooLong, "32767");
    }

    @Test
    void readsTheCorpusWorkbooksItTakesExactlyAsPoiDoes() throws Exception {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        List<String> taken = new ArrayList<>();
        for (String name : PoiCorpus.fileNames().filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm")).toList()) {
            Path file = PoiCorpus.file(name);
            try {
                if (new FileSniffer().sniff(file).kind() != FileKind.XLSX) {
                    continue;
                }
                ZipIntegrityCheck.verify(ZipBytes.of(file));
                new WorkbookOpener().open(file, name).close();
            } catch (UnreadableFileException e) {
                continue; // refused before or by POI: the stream reader is never asked
            }
            if (new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file)).isPresent()) {
                assertSameAsPoi(file);
                taken.add(name);
            }
        }
        assertThat(taken).as("ordinary corpus workbooks take the fast path").contains("SampleSS.xlsx", "TwoSheetsOneHidden.xlsx");
    }

    @Test
    void showsWholeNumbersInTheGeneralFormatAsPoisFormatterDoes() {
        org.apache.poi.ss.usermodel.DataFormatter poi = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.CHINA);
        NumberFormats formats = NumberFormats.forPoiCells(false);
        double[] values = {0, -0.0, 1, -1, 7, 40, 120, 999, 1000, 12345, -98765, 1_000_000, 123_456_789, 99_999_999_999.0,
                -99_999_999_999.0, 1e10, 2.5e9};
        for (double v : values) {
            assertThat(NumberFormats.isPlainWholeNumber(v, "General")).as("%s", v).isTrue();
            assertThat(formats.number(v, 0, "General").display()).as("%s", v).isEqualTo(poi.formatRawCellContents(v, 0, "General"));
        }
        assertThat(NumberFormats.isPlainWholeNumber(1e11, "General")).isFalse();
        assertThat(NumberFormats.isPlainWholeNumber(0.5, "General")).isFalse();
        assertThat(NumberFormats.isPlainWholeNumber(5, "0")).isFalse();
    }

    private static void assertThatRejected(WorkbookOpener opener, Path file, String detail) {
        try (OpenedWorkbook ignored = opener.openSheets(file, file.getFileName().toString())) {
            throw new AssertionError("opened " + file);
        } catch (UnreadableFileException e) {
            assertThat(e.detailZh()).contains(detail);
        }
    }

    /** Compares the stream reader's sheets with POI's, and with its own reading by StAX alone; returns the streamed ones. */
    private static List<SheetCells> assertSameAsPoi(Path file) throws Exception {
        Optional<List<SheetCells>> streamed = new XlsxStreamReader(MAX_ROWS).read(ZipBytes.of(file));
        assertThat(streamed).as("%s taken by the stream reader", file.getFileName()).isPresent();
        SameReading.assertSame(file.getFileName().toString(), XlsxStreamReader.staxOnly(MAX_ROWS).read(ZipBytes.of(file)), streamed);
        try (Workbook workbook = new WorkbookOpener().open(file, file.getFileName().toString());
             OpenedWorkbook poi = WorkbookOpener.poiSheets(workbook)) {
            List<SheetCells> expected = poi.visibleSheets();
            DataFormatter poiFormatter = new DataFormatter(Locale.CHINA);
            List<SheetCells> actual = streamed.get();
            assertThat(actual).extracting(SheetCells::name).containsExactlyElementsOf(expected.stream().map(SheetCells::name).toList());
            for (int s = 0; s < expected.size(); s++) {
                SheetCells want = expected.get(s);
                SheetCells got = actual.get(s);
                String where = file.getFileName() + "!" + want.name();
                assertThat(got.lastRowIndex()).as(where + " last row").isEqualTo(want.lastRowIndex());
                assertThat(got.mergedRegions()).as(where + " merged").map(CellRangeAddress::formatAsString)
                        .containsExactlyElementsOf(want.mergedRegions().stream().map(CellRangeAddress::formatAsString).toList());
                for (int row = 0; row <= Math.min(want.lastRowIndex(), MAX_ROWS - 1); row++) {
                    assertThat(got.lastColumn(row)).as(where + " row " + (row + 1) + " last cell").isEqualTo(want.lastColumn(row));
                    for (int col = 0; col <= want.lastColumn(row) + 1; col++) {
                        assertThat(got.content(row, col)).as(where + "!" + SheetGrid.address(row, col))
                                .isEqualTo(want.content(row, col));
                        // both readings format numbers through NumberFormats: hold its display to POI's own formatter
                        Row poiRow = workbook.getSheet(want.name()).getRow(row);
                        Cell poiCell = poiRow == null ? null : poiRow.getCell(col);
                        if (poiCell != null && poiCell.getCellType() == CellType.NUMERIC) {
                            assertThat(got.content(row, col).display()).as(where + "!" + SheetGrid.address(row, col) + " as POI shows it")
                                    .isEqualTo(poiFormatter.formatCellValue(poiCell));
                        }
                    }
                }
            }
            return actual;
        }
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
