package cn.justice.yearbook.testing;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A receipt table (回执) as staff read it: the rows of sheet 「报送回执」 and of sheet 「未计入的文件」, each a map
 * from column heading to the text shown.
 */
public final class ReceiptTable {

    private static final int HEADER_ROW = 3;

    private final String title;
    private final List<Map<String, String>> received;
    private final List<Map<String, String>> setAside;

    private ReceiptTable(String title, List<Map<String, String>> received, List<Map<String, String>> setAside) {
        this.title = title;
        this.received = received;
        this.setAside = setAside;
    }

    /** The receipt of a year (null: files whose year could not be told) written under {@code output}, for 云溪县. */
    public static ReceiptTable of(Path output, Integer year) {
        String folder = year == null ? "未识别" : year.toString();
        String name = year == null ? "云溪县-未识别年度-报送回执.xlsx" : "云溪县-" + year + "-报送回执.xlsx";
        return read(output.resolve("receipts").resolve(folder).resolve(name));
    }

    public static ReceiptTable read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No receipt table at " + file);
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet received = workbook.getSheet("报送回执");
            return new ReceiptTable(received.getRow(0).getCell(0).getStringCellValue(), rows(received),
                    rows(workbook.getSheet("未计入的文件")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Row header = sheet.getRow(HEADER_ROW);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                values.put(header.getCell(c).getStringCellValue(), formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    public String title() {
        return title;
    }

    /** Sheet 「报送回执」: one row per file received. */
    public List<Map<String, String>> received() {
        return received;
    }

    /** Sheet 「未计入的文件」. */
    public List<Map<String, String>> setAside() {
        return setAside;
    }

    /** The row of sheet 「报送回执」 for a file (its path below the drop folder). */
    public Map<String, String> row(String file) {
        return received.stream().filter(r -> file.equals(r.get("文件"))).findFirst()
                .orElseThrow(() -> new AssertionError("No receipt row for " + file + " in " + received));
    }

    /** The row of sheet 「未计入的文件」 for a file. */
    public Map<String, String> setAsideRow(String file) {
        return setAside.stream().filter(r -> file.equals(r.get("文件"))).findFirst()
                .orElseThrow(() -> new AssertionError("No set-aside row for " + file + " in " + setAside));
    }
}
