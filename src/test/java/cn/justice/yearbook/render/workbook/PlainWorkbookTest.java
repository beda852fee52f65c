package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook written straight as a package reads back in POI with everything the companion tables and the
 * receipts set: text and numbers, each cell's look, merged areas, widths, heights, frozen panes, filter,
 * print titles and page set-up, document properties; and the same content gives the same bytes.
 */
class PlainWorkbookTest {

    private static final Instant STAMP = Instant.parse("2026-01-05T02:30:00Z");
    private static final CellLook HEADING = CellLook.PLAIN.font("黑体", 10).align("center").valign("center").wrapped()
            .borders("medium", "thin");
    private static final CellLook NUMBER = CellLook.PLAIN.font("宋体", 10).align("right").format("#,##0");
    private static final CellLook MARKED = NUMBER.format("0.0\"#\"");

    @Test
    void readsBackInPoiWithEveryCellLookAndSheetSetting() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet table = workbook.getSheet("表6-1");
            assertThat(workbook.getSheetName(1)).isEqualTo("O'Brien & 未计入");
            assertThat(table.isSelected()).isTrue();

            XSSFCell heading = table.getRow(2).getCell(1);
            assertThat(heading.getStringCellValue()).isEqualTo("调解案件\n（件）");
            CellStyle look = heading.getCellStyle();
            assertThat(workbook.getFontAt(look.getFontIndex()).getFontName()).isEqualTo("黑体");
            assertThat(workbook.getFontAt(look.getFontIndex()).getFontHeightInPoints()).isEqualTo((short) 10);
            assertThat(look.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(look.getVerticalAlignment()).isEqualTo(VerticalAlignment.CENTER);
            assertThat(look.getWrapText()).isTrue();
            assertThat(look.getBorderTop()).isEqualTo(BorderStyle.MEDIUM);
            assertThat(look.getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(look.getQuotePrefixed()).isFalse();

            XSSFCell whole = table.getRow(3).getCell(1);
            assertThat(whole.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(whole.getNumericCellValue()).isEqualTo(1234);
            assertThat(whole.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            XSSFCell fraction = table.getRow(3).getCell(2);
            assertThat(fraction.getNumericCellValue()).isEqualTo(96.25);
            assertThat(fraction.getCellStyle().getDataFormatString()).isEqualTo("0.0\"#\"");
            assertThat(table.getRow(4).getCell(1).getCellStyle().getIndex()).isEqualTo(whole.getCellStyle().getIndex());

            XSSFCell formulaLike = table.getRow(4).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(table.getRow(5).getCell(0).getStringCellValue()).isEqualTo("a\u0001b _x0041_ <&>");
            assertThat(table.getRow(6).getCell(0).getStringCellValue()).hasSize(TextCells.MAX_CHARS).endsWith("…");
            assertThat(table.getRow(3).getCell(3).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.MEDIUM);
            assertThat(table.getRow(3).getCell(3).getStringCellValue()).isEmpty();

            assertThat(table.getRow(2).getHeightInPoints()).isEqualTo(48f);
            assertThat(table.getColumnWidth(0)).isEqualTo(44 * 256);
            assertThat(table.getColumnWidth(1)).isEqualTo(14 * 256);
            assertThat(table.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 3));
            assertThat(table.getPaneInformation().isFreezePane()).isTrue();
            assertThat(table.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(table.getFitToPage()).isTrue();
            assertThat(table.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(table.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(table.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(table.getPrintSetup().getLandscape()).isFalse();

            XSSFSheet list = workbook.getSheetAt(1);
            CellStyle header = list.getRow(3).getCell(0).getCellStyle();
            assertThat(workbook.getFontAt(header.getFontIndex()).getBold()).isTrue();
            assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(list.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            assertThat(list.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:B6");
            assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(list.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(list.getPrintSetup().getLandscape()).isTrue();
            assertThat(list.isSelected()).isFalse();

            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("云溪县2025年法治政府建设统计年鉴");
            assertThat(core.getCreator()).isEqualTo("云溪县司法局");
            assertThat(core.getCreated()).isEqualTo(Date.from(STAMP));
            assertThat(core.getModified()).isEqualTo(Date.from(STAMP));
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        assertThat(bytes()).isEqualTo(bytes());
    }

    private static byte[] bytes() throws IOException {
        PlainWorkbook workbook = new PlainWorkbook();
        PlainSheet table = workbook.sheet("表6-1");
        table.text(0, 0, "表6-1　2025年各乡镇（街道）矛盾纠纷化解情况", CellLook.PLAIN.font("黑体", 12).align("center"));
        table.merge(0, 0, 0, 3);
        table.text(2, 0, "乡镇（街道）", HEADING);
        table.text(2, 1, "调解案件\n（件）", HEADING);
        table.height(2, 48);
        table.number(3, 1, 1234, NUMBER);
        table.number(3, 2, 96.25, MARKED);
        table.text(3, 3, "", CellLook.PLAIN.borders(null, "medium"));
        table.text(4, 0, "=HYPERLINK(\"http://x\")", CellLook.PLAIN);
        table.number(4, 1, 5, NUMBER);
        table.text(5, 0, "a\u0001b _x0041_ <&>", CellLook.PLAIN);
        table.text(6, 0, "长".repeat(TextCells.MAX_CHARS + 10), CellLook.PLAIN);
        table.width(0, 44);
        table.width(1, 14);
        table.freeze(1, 3);

        PlainSheet list = workbook.sheet("O'Brien & 未计入");
        list.text(3, 0, "序号", CellLook.PLAIN.inBold().grey().borders(null, "thin"));
        list.text(3, 1, "文件", CellLook.PLAIN.inBold().grey().borders(null, "thin"));
        list.number(4, 0, 1, CellLook.PLAIN);
        list.blank(5, 1, CellLook.PLAIN.valign("top"));
        list.freeze(0, 4);
        list.autoFilter(3, 5, 0, 1);
        list.printTitleRows(3, 3);
        list.landscape();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out, "云溪县2025年法治政府建设统计年鉴", "云溪县司法局", STAMP);
        return out.toByteArray();
    }
}
