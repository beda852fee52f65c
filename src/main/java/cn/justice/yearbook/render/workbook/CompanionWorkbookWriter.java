package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.table.ChapterTables;
import cn.justice.yearbook.render.table.StatTable;
import cn.justice.yearbook.render.table.YearbookTables;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The yearbook's tables as an Excel workbook for staff who reuse the figures: one sheet per
 * numbered table, with its caption, units line and notes; numbers are numeric cells whose number
 * format prints them as the yearbook does (marks included), symbols and names are text cells.
 */
public final class CompanionWorkbookWriter {

    private final YearbookTables tables;

    public CompanionWorkbookWriter(int maxColumns) {
        this.tables = new YearbookTables(maxColumns);
    }

    /** Writes the workbook atomically: a crash leaves the previous file, never half a file. */
    public void write(Yearbook yearbook, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(yearbook, out));
    }

    /** The workbook, in the wording of the yearbook's level (a county's or the prefecture's roll-up). */
    public void write(Yearbook yearbook, OutputStream out) throws IOException {
        YearbookText.as(yearbook.edition().level(), () -> {
            writeTables(yearbook, out);
            return null;
        });
    }

    private void writeTables(Yearbook yearbook, OutputStream out) throws IOException {
        // streamed: the sheets are written as text, not built and saved as XML objects (about twice as fast);
        // every row stays in memory (-1), as a sheet's heading rows are styled after its body is written
        SXSSFWorkbook workbook = new SXSSFWorkbook(-1);
        try {
            CompanionStyles styles = new CompanionStyles(workbook);
            for (ChapterTables chapter : tables.plan(yearbook)) {
                for (StatTable table : chapter.tables()) {
                    new CompanionSheet(workbook.createSheet(table.number()), styles).write(table);
                }
            }
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(yearbook.edition().title());
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(yearbook.edition().bureau());
            workbook.write(out);
        } finally {
            workbook.dispose(); // its temporary sheet files
            workbook.close();
        }
    }
}
