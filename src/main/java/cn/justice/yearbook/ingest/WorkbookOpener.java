package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a dropped file as a POI workbook, read-only, or says in staff's terms why it cannot be opened.
 * Whatever POI throws (checked or not) becomes an {@link UnreadableFileException}; nothing escapes.
 */
public class WorkbookOpener {

    public Workbook open(Path path, String fileName) throws UnreadableFileException {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(path.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(Rule.FILE_ENCRYPTED, "加密文件", describe(e), e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(Rule.FILE_UNSUPPORTED_FORMAT, "Excel 95 或更早版本的格式", describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "文件结构无法解析", describe(e), e);
        }
        if (workbook.getNumberOfSheets() == 0) {
            closeQuietly(workbook);
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "文件中没有工作表，可能不完整",
                    "workbook opened with no sheets (truncated package?)", null);
        }
        return workbook;
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // read-only workbook: nothing to lose on close
        }
    }
}
