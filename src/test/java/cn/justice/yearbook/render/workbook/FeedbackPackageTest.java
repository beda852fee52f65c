package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.store.StoredSubmission;
import cn.justice.yearbook.support.SampleData;
import cn.justice.yearbook.testing.TestWorkbook;
import cn.justice.yearbook.validate.SubmissionStatus;
import cn.justice.yearbook.validate.SubmissionValidator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback copy written at the package level reads back in POI as the copy POI makes of the same workbook
 * with the same findings: the same sheets in the same order, the findings sheet first, shown and alone selected,
 * with the content {@link FindingsPackage} gives it; every township cell's value, formula and look as sent, except
 * that marked cells get POI's fill; the same comments on the same cells; sheet-scoped names still on their
 * sheets. What it would not copy exactly it declines, and POI makes the copy.
 */
class FeedbackPackageTest {

    private static final StoredSubmission SUBMISSION = new StoredSubmission(7, "0".repeat(64), "报表.xlsx",
            "2025/报表.xlsx", 1234, Instant.parse("2026-01-05T02:00:00Z"), Instant.parse("2026-01-06T03:04:00Z"), 1,
            "城东街道", 2025, "报表", SubmissionStatus.ERRORS, null, null);

    @TempDir
    Path dir;

    static Stream<Path> sampleReports() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx") && !f.getFileName().toString().startsWith("~$"))
                    .sorted().toList().stream();
        }
    }

    /** Each shipped sample report, with what review finds in it and, on its report sheet, marks of every kind. */
    @ParameterizedTest
    @MethodSource("sampleReports")
    void copiesEachSampleReportAsPoiDoes(Path report) throws IOException {
        Integer year = Integer.valueOf(report.getParent().getFileName().toString());
        List<Finding> findings = new ArrayList<>(new SubmissionValidator(SampleData.CATALOGUE)
                .review(SampleData.read(report, year), year).findings());
        findings.addAll(marksOfEveryKind(report));
        assertCopiedAsPoiCopies(report, findings);
    }

    @Test
    void copiesAFormulaCellMarkedAndKeepsItsFormula() throws IOException {
        Path report = TestWorkbook.standard("城东街道", 2025, "MED_CASES", 40, "MED_SUCCESS", TestWorkbook.formula("E5-6"),
                "MED_SUCCESS_RATE", TestWorkbook.percent(0.85)).writeTo(dir.resolve("formula.xlsx"));
        assertCopiedAsPoiCopies(report, List.of(
                finding(Severity.ERROR, "Sheet1", "E6", "「调解成功件数」由公式算出，请填写数值 <&>"),
                finding(Severity.WARNING, "Sheet1", "E7", "比率 85% 请核实"),
                finding(Severity.WARNING, "Sheet1", "E7", "第二条意见：同一单元格"),
                finding(Severity.ERROR, "sheet1", "H2", "表外空白单元格，工作表名大小写不同")));
    }

    @Test
    void namesTheFindingsSheetApartFromATownshipSheetOfTheSameName() throws IOException {
        Path report = TestWorkbook.standard("城东街道", 2025, "MED_CASES", 40).sheetName("审核结果").writeTo(dir.resolve("same.xlsx"));
        assertCopiedAsPoiCopies(report, List.of(finding(Severity.ERROR, "审核结果", "E5", "错误")));
        try (Workbook copy = new XSSFWorkbook(new ByteArrayInputStream(packageCopy(report, List.of())))) {
            assertThat(copy.getSheetName(0)).isEqualTo("审核结果_");
            assertThat(copy.getSheetAt(0).getRepeatingRows()).isNotNull();
        }
    }

    @Test
    void declinesWhatItWouldNotCopyExactly() throws IOException {
        Path plain = TestWorkbook.standard("城东街道", 2025, "MED_CASES", 40).writeTo(dir.resolve("plain.xlsx"));
        List<Finding> findings = List.of(finding(Severity.ERROR, "Sheet1", "E5", "错误"));
        assertThat(FeedbackWorkbookWriter.packageCopy(plain, layout(findings), findings)).isPresent();

        Path commented = dir.resolve("commented.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(plain))) {
            Sheet sheet = workbook.getSheetAt(0);
            Comment comment = sheet.createDrawingPatriarch().createCellComment(workbook.getCreationHelper().createClientAnchor());
            comment.setString(workbook.getCreationHelper().createRichTextString("乡镇自己的批注"));
            sheet.getRow(0).getCell(0).setCellComment(comment);
            try (var out = Files.newOutputStream(commented)) {
                workbook.write(out);
            }
        }
        Path macro = rewritten(plain, "macro.xlsx", "[Content_Types].xml", xml -> xml.replace(
                "spreadsheetml.sheet.main+xml", "").replace("application/vnd.openxmlformats-officedocument.\"",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml\""));
        Path strict = rewritten(plain, "strict.xlsx", "_rels/.rels", xml -> xml.replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
        Path unaddressed = rewritten(plain, "unaddressed.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace(" r=\"E5\"", ""));
        Path legacy = TestWorkbook.standard("城东街道", 2025, "MED_CASES", 40).legacy().writeTo(dir.resolve("legacy.xlsx"));
        Path unchanged = rewritten(plain, "unchanged.xlsx", "xl/worksheets/sheet1.xml", UnaryOperator.identity());
        assertThat(FeedbackWorkbookWriter.packageCopy(unchanged, layout(findings), findings))
                .as("a package rewritten without a change is still copied, so each decline below is for its change").isPresent();
        for (Path declined : List.of(commented, macro, strict, unaddressed, legacy)) {
            assertThat(FeedbackWorkbookWriter.packageCopy(declined, layout(findings), findings)).as(declined.toString()).isEmpty();
        }
        try (Workbook poi = poiCopy(commented, findings)) {
            assertThat(poi.getSheetAt(1).getCellComment(new CellAddress("A1")).getString().getString()).isEqualTo("乡镇自己的批注");
            assertThat(poi.getSheetAt(1).getCellComment(new CellAddress("E5")).getAuthor()).isEqualTo(CellMark.AUTHOR);
        }
    }

    /** On the report sheet: an error on a number, an explained warning on a text, an open warning on a cell and a row that are not there. */
    private static List<Finding> marksOfEveryKind(Path report) throws IOException {
        try (InputStream in = Files.newInputStream(report); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            String number = null;
            String text = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (number == null && cell.getCellType() == CellType.NUMERIC) {
                        number = cell.getAddress().formatAsString();
                    }
                    if (text == null && cell.getCellType() == CellType.STRING) {
                        text = cell.getAddress().formatAsString();
                    }
                }
            }
            int lastRow = sheet.getLastRowNum();
            String name = sheet.getSheetName();
            return List.of(
                    finding(Severity.ERROR, name, number, "数值有误 \"引号\" & <尖括号>"),
                    new Finding("NOTE", Severity.WARNING, "X", name, text, "已说明的提示\n第二行", true),
                    finding(Severity.WARNING, name, new CellReference(2, 9).formatAsString(false), "空白单元格 _x0041_ 原样"),
                    finding(Severity.ERROR, name, new CellReference(lastRow + 3, 4).formatAsString(false), "表下没有的行".repeat(40)));
        }
    }

    private void assertCopiedAsPoiCopies(Path report, List<Finding> findings) throws IOException {
        byte[] copied = packageCopy(report, findings);
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        FindingsPackage.write(layout(findings), alone);
        try (Workbook source = new XSSFWorkbook(Files.newInputStream(report));
             Workbook got = new XSSFWorkbook(new ByteArrayInputStream(copied));
             Workbook want = poiCopy(report, findings);
             Workbook findingsAlone = new XSSFWorkbook(new ByteArrayInputStream(alone.toByteArray()))) {
            assertThat(sheetNames(got)).isEqualTo(sheetNames(want));
            assertThat(sheetNames(got).subList(1, got.getNumberOfSheets())).isEqualTo(sheetNames(source));
            assertThat(got.getActiveSheetIndex()).isZero();
            assertThat(got.getFirstVisibleTab()).isZero();
            for (int i = 0; i < got.getNumberOfSheets(); i++) {
                assertThat(got.getSheetAt(i).isSelected()).as("sheet %d selected", i).isEqualTo(i == 0);
                assertThat(got.getSheetVisibility(i)).isEqualTo(want.getSheetVisibility(i));
            }
            if (got.getSheetName(0).equals(FindingsLayout.SHEET_NAME)) {
                FindingsPackageTest.assertSameSheet(got.getSheetAt(0), findingsAlone.getSheetAt(0));
            }
            FindingsPackageTest.assertSameSheet(got.getSheetAt(0), want.getSheetAt(0));
            assertThat(got.getSheetAt(0).getRepeatingRows()).hasToString(want.getSheetAt(0).getRepeatingRows().toString());
            assertThat(got.getSheetAt(0).getPaneInformation()).isEqualTo(want.getSheetAt(0).getPaneInformation());
            assertThat(names(got)).isEqualTo(names(want));
            for (int i = 0; i < source.getNumberOfSheets(); i++) {
                Sheet sheet = got.getSheetAt(i + 1);
                assertThat(comments(sheet)).as("comments on " + sheet.getSheetName()).isEqualTo(commentsOf(findings, sheet));
                assertSameTownshipSheet(sheet, source.getSheetAt(i), want.getSheetAt(i + 1));
            }
        }
    }

    /** Every cell as sent except the marked cells' fill, which is POI's; the same comments as POI's copy. */
    private static void assertSameTownshipSheet(Sheet got, Sheet source, Sheet want) {
        assertThat(got.getMergedRegions()).isEqualTo(source.getMergedRegions());
        assertThat(got.getPaneInformation()).isEqualTo(source.getPaneInformation());
        assertThat(got.getDataValidations()).hasSameSizeAs(source.getDataValidations());
        assertThat(got.getPrintSetup().getLandscape()).isEqualTo(source.getPrintSetup().getLandscape());
        for (int c = 0; c < 12; c++) {
            assertThat(got.getColumnWidth(c)).isEqualTo(source.getColumnWidth(c));
        }
        assertThat(got.getLastRowNum()).isEqualTo(want.getLastRowNum());
        Map<String, String> gotComments = comments(got);
        assertThat(withoutTexts(gotComments)).isEqualTo(withoutTexts(comments(want)));
        for (int r = 0; r <= want.getLastRowNum(); r++) {
            Row wantRow = want.getRow(r);
            Row sourceRow = source.getRow(r);
            if (wantRow == null) {
                assertThat(got.getRow(r)).isNull();
                continue;
            }
            Row gotRow = got.getRow(r);
            assertThat(gotRow.getHeight()).isEqualTo(wantRow.getHeight());
            assertThat(gotRow.getLastCellNum()).isEqualTo(wantRow.getLastCellNum());
            for (Cell wantCell : wantRow) {
                Cell cell = gotRow.getCell(wantCell.getColumnIndex());
                String where = got.getSheetName() + "!" + wantCell.getAddress();
                assertThat(content(cell)).as(where).isEqualTo(content(wantCell));
                Cell sent = sourceRow == null ? null : sourceRow.getCell(wantCell.getColumnIndex());
                if (sent != null) {
                    assertThat(content(cell)).as(where).isEqualTo(content(sent));
                }
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                assertThat(look(style)).as(where).isEqualTo(look((XSSFCellStyle) wantCell.getCellStyle()));
                assertThat(fill(style)).as(where + " fill").isEqualTo(fill((XSSFCellStyle) wantCell.getCellStyle()));
                if (sent != null) {
                    assertThat(look(style)).as(where).isEqualTo(look((XSSFCellStyle) sent.getCellStyle()));
                    String comment = gotComments.get(wantCell.getAddress().formatAsString());
                    boolean marked = comment != null && (comment.contains("【错误】") || comment.contains("【提示】"));
                    if (!marked) {
                        assertThat(fill(style)).as(where + " fill").isEqualTo(fill((XSSFCellStyle) sent.getCellStyle()));
                    }
                }
                if (gotComments.containsKey(wantCell.getAddress().formatAsString())) {
                    String comment = gotComments.get(wantCell.getAddress().formatAsString());
                    if (comment.contains("【错误】")) {
                        assertThat(fill(style)).as(where).isEqualTo("SOLID_FOREGROUND " + IndexedColors.ROSE.getIndex() + "/null");
                    } else if (comment.contains("【提示】")) {
                        assertThat(fill(style)).as(where).isEqualTo("SOLID_FOREGROUND " + IndexedColors.LIGHT_YELLOW.getIndex() + "/null");
                    }
                }
            }
        }
    }

    private static String content(Cell cell) {
        return cell.getCellType() + " " + switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula();
            case ERROR -> Byte.toString(cell.getErrorCellValue());
            default -> "";
        };
    }

    /** Everything a cell style shows but its fill. */
    private static String look(XSSFCellStyle s) {
        XSSFFont font = s.getFont();
        return String.join("|", s.getDataFormatString(), font.getFontName(), Double.toString(font.getFontHeightInPoints()),
                Boolean.toString(font.getBold()), Boolean.toString(font.getItalic()), color(font.getXSSFColor()),
                s.getAlignment().name(), s.getVerticalAlignment().name(), Boolean.toString(s.getWrapText()),
                Short.toString(s.getIndention()), Short.toString(s.getRotation()), s.getBorderTop().name(), s.getBorderBottom().name(),
                s.getBorderLeft().name(), s.getBorderRight().name(), Boolean.toString(s.getLocked()), Boolean.toString(s.getHidden()),
                Boolean.toString(s.getQuotePrefixed()), Boolean.toString(s.getShrinkToFit()));
    }

    private static String fill(XSSFCellStyle s) {
        XSSFColor fg = s.getFillForegroundXSSFColor();
        return s.getFillPattern().name() + " " + (fg == null ? "none" : fg.isIndexed() ? Short.toString(fg.getIndexed()) : fg.getARGBHex())
                + "/" + color(s.getFillBackgroundXSSFColor());
    }

    private static String color(XSSFColor color) {
        return color == null ? "null" : color.isIndexed() ? "i" + color.getIndexed() : color.isThemed() ? "t" + color.getTheme() : color.getARGBHex();
    }

    private static Map<String, String> comments(Sheet sheet) {
        Map<String, String> comments = new TreeMap<>();
        sheet.getCellComments().forEach((address, comment) -> {
            ClientAnchor a = comment.getClientAnchor();
            comments.put(address.formatAsString(), comment.getString().getString() + " | " + comment.getAuthor() + " | "
                    + a.getCol1() + "," + a.getRow1() + "," + a.getCol2() + "," + a.getRow2() + " | " + comment.isVisible());
        });
        return comments;
    }

    /** The comments the marks ask for: each message, the author, the box beside the cell, hidden until pointed at. */
    private static Map<String, String> commentsOf(List<Finding> findings, Sheet sheet) {
        Map<String, String> comments = new TreeMap<>();
        for (CellMark mark : CellMark.of(findings, name -> name.equalsIgnoreCase(sheet.getSheetName()))) {
            CellMark.CommentBox box = mark.box();
            comments.put(mark.cell().formatAsString(false), mark.comment() + " | " + CellMark.AUTHOR + " | "
                    + box.col1() + "," + box.row1() + "," + box.col2() + "," + box.row2() + " | false");
        }
        return comments;
    }

    /**
     * The comments but their texts, which POI's copy does not keep exactly: it writes a literal 「_x0041_」 unescaped
     * and reads it back as 「A」.
     */
    private static Map<String, String> withoutTexts(Map<String, String> comments) {
        Map<String, String> rest = new TreeMap<>();
        comments.forEach((cell, comment) -> rest.put(cell, comment.substring(comment.indexOf(" | "))));
        return rest;
    }

    /** Defined names with the sheet they belong to; the findings sheet's print titles compare as rows, POI quotes them otherwise. */
    private static List<String> names(Workbook workbook) {
        List<String> names = new ArrayList<>();
        for (Name name : workbook.getAllNames()) {
            boolean findingsTitles = name.getSheetIndex() == 0 && name.getNameName().equals("_xlnm.Print_Titles");
            names.add(name.getNameName() + "@" + name.getSheetIndex() + "=" + (findingsTitles
                    ? workbook.getSheetAt(0).getRepeatingRows().formatAsString() : name.getRefersToFormula()));
        }
        return names.stream().sorted().toList();
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private byte[] packageCopy(Path report, List<Finding> findings) {
        return FeedbackWorkbookWriter.packageCopy(report, layout(findings), findings).orElseThrow(
                () -> new AssertionError(report + " was declined"));
    }

    private Workbook poiCopy(Path report, List<Finding> findings) throws IOException {
        Path target = dir.resolve("poi.xlsx");
        new FeedbackWorkbookWriter(null, null).writePoiCopy(report, target, layout(findings), findings);
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    private static FindingsLayout layout(List<Finding> findings) {
        return FindingsLayout.of(SUBMISSION, findings, null, code -> "指标" + code);
    }

    private static Finding finding(Severity severity, String sheet, String cell, String message) {
        return new Finding(severity == Severity.ERROR ? "VALUE_NOT_A_NUMBER" : "PEER_OUTLIER", severity, "MED_CASES", sheet, cell,
                message, false);
    }

    /** A copy of {@code source} with one part's text changed. */
    private Path rewritten(Path source, String name, String part, UnaryOperator<String> change) throws IOException {
        Path target = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
