package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.AtomicFiles;
import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.table.ChapterTables;
import cn.justice.yearbook.render.table.StatTable;
import cn.justice.yearbook.render.table.YearbookTables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;

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
        PlainWorkbook workbook = new PlainWorkbook();
        for (ChapterTables chapter : tables.plan(yearbook)) {
            for (StatTable table : chapter.tables()) {
                new CompanionSheet(workbook.sheet(table.number())).write(table);
            }
        }
        workbook.write(out, yearbook.edition().title(), yearbook.edition().bureau(), compiled(yearbook));
    }

    /** The day the yearbook was compiled, as the workbook's time: the same yearbook gives the same bytes. */
    private static Instant compiled(Yearbook yearbook) {
        return yearbook.edition().compiledOn().atStartOfDay(WorkbookFiles.ZONE).toInstant();
    }
}
