package cn.justice.yearbook.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the opener hands on from the legitimate corpus files is the content Excel shows. */
class WorkbookOpenerCorpusContentTest {

    private final WorkbookOpener opener = new WorkbookOpener();

    @BeforeEach
    void needsCorpus() {
        assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
    }

    @Test
    void keepsChineseTextIntact() throws Exception {
        try (Workbook workbook = open("chinese-provinces.xls")) {
            List<String> columnB = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> {
                Cell cell = row.getCell(1);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    columnB.add(cell.getStringCellValue());
                }
            });
            assertThat(columnB).contains("安徽省", "北京市", "重庆市");
        }
    }

    @Test
    void readsTheSameDateInBothDateSystems() throws Exception {
        for (String name : List.of("1900DateWindowing.xls", "1904DateWindowing.xls")) {
            try (Workbook workbook = open(name)) {
                Cell a1 = workbook.getSheetAt(0).getRow(0).getCell(0);
                assertThat(a1.getLocalDateTimeCellValue().toLocalDate()).as(name).isEqualTo(LocalDate.of(2000, 1, 1));
            }
        }
    }

    @Test
    void keepsLegitimateLongTextThatExcelAllows() throws Exception {
        try (Workbook workbook = open("StringContinueRecords.xls")) {
            int longest = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            longest = Math.max(longest, cell.getStringCellValue().length());
                        }
                    }
                }
            }
            // the longest text a cell shows; MANIFEST.csv counts 24,732 in the string table
            assertThat(longest).isEqualTo(24_509).isLessThanOrEqualTo(TextVolumeCheck.MAX_CELL_CHARS);
        }
    }

    @Test
    void decryptsExcelsDefaultPasswordWorkbooks() throws Exception {
        try (Workbook workbook = open("protect.xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Лист1");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        }
        try (Workbook workbook = open("58616.xlsx")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }
    }

    @Test
    void opensFiftyThousandMergedRegionsQuickly() throws Exception {
        try (Workbook workbook = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> open("57893-many-merges.xlsx"))) {
            assertThat(workbook.getSheetAt(0).getMergedRegions()).hasSize(50_000);
        }
    }

    private Workbook open(String name) throws UnreadableFileException {
        return opener.open(PoiCorpus.file(name), name);
    }
}
