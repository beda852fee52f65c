package cn.justice.yearbook.receipt;

import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.render.workbook.CellLook;
import cn.justice.yearbook.render.workbook.PlainSheet;
import cn.justice.yearbook.render.workbook.PlainWorkbook;
import cn.justice.yearbook.render.workbook.TextHeight;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one receipt table as a workbook: sheet 「报送回执」 with a row per file received, sheet 「未计入的文件」
 * with the files set aside. Every text taken from a submission goes in as text, never as a formula ({@link PlainSheet}).
 */
final class ReceiptWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final String[] ENTRY_HEADER = {"serial", "township", "file", "received", "checksum", "status", "errors",
            "warnings", "finding", "superseded-by", "feedback", "quarantine"};
    private static final int[] ENTRY_WIDTHS = {6, 12, 30, 17, 15, 22, 6, 7, 60, 26, 30, 30};
    private static final String[] SET_ASIDE_HEADER = {"serial", "file", "seen", "status", "note"};
    private static final int[] SET_ASIDE_WIDTHS = {6, 40, 17, 30, 50};
    private static final int HEADER_ROW = 3;
    private static final short FONT_POINTS = 11;
    private static final CellLook TITLE = CellLook.PLAIN.font(null, 14).inBold();
    private static final CellLook HEADER = CellLook.PLAIN.inBold().wrapped().grey().borders(null, "thin");
    private static final CellLook PLAIN = CellLook.PLAIN.valign("top");
    private static final CellLook WRAP = PLAIN.wrapped();

    private final String regionName;
    private final Instant generatedAt;

    ReceiptWorkbook(String regionName, Instant generatedAt) {
        this.regionName = regionName;
        this.generatedAt = generatedAt;
    }

    /** Writes the receipt to {@code target}, replacing the previous one in one rename. */
    Path write(Receipt receipt, Path target) throws IOException {
        String year = receipt.year() == null ? Messages.get("receipt.year.unidentified")
                : Messages.get("receipt.year", receipt.year().toString());
        String title = Messages.get("receipt.title", regionName, year);
        PlainWorkbook workbook = new PlainWorkbook();
        entries(workbook.sheet(Messages.get("receipt.sheet")), receipt, title);
        setAside(workbook.sheet(Messages.get("receipt.set-aside.sheet")), receipt.setAside());
        return workbook.write(target, title, null, generatedAt);
    }

    private void entries(PlainSheet sheet, Receipt receipt, String title) {
        sheet.text(0, 0, title, TITLE);
        sheet.text(1, 0, summary(receipt), PLAIN);
        sheet.text(2, 0, Messages.get("receipt.explanation"), WRAP);
        sheet.height(2, 45);
        sheet.merge(2, 2, 0, 8);
        header(sheet, ENTRY_HEADER, ENTRY_WIDTHS);
        int r = HEADER_ROW + 1;
        for (Receipt.Entry e : receipt.entries()) {
            Row row = new Row(sheet, r, ENTRY_WIDTHS);
            row.number(0, r - HEADER_ROW);
            row.text(1, e.township() == null ? Messages.get("receipt.township.unidentified") : e.township(), WRAP);
            row.text(2, e.file(), WRAP);
            row.text(3, TIME.format(e.receivedAt()), PLAIN);
            row.text(4, e.checksum(), PLAIN);
            row.text(5, e.outcome().label(), WRAP);
            row.number(6, e.errors());
            row.number(7, e.warnings());
            row.text(8, e.mainFinding(), WRAP);
            row.text(9, e.supersededBy(), WRAP);
            row.text(10, e.feedback(), WRAP);
            row.text(11, e.quarantine(), WRAP);
            row.fitHeight();
            r++;
        }
        finish(sheet, ENTRY_HEADER.length, r);
    }

    private void setAside(PlainSheet sheet, List<Receipt.SetAside> files) {
        header(sheet, SET_ASIDE_HEADER, SET_ASIDE_WIDTHS);
        int r = HEADER_ROW + 1;
        for (Receipt.SetAside f : files) {
            Row row = new Row(sheet, r, SET_ASIDE_WIDTHS);
            row.number(0, r - HEADER_ROW);
            row.text(1, f.file(), WRAP);
            row.text(2, f.seenAt() == null ? null : TIME.format(f.seenAt()), PLAIN);
            row.text(3, f.status(), WRAP);
            row.text(4, f.note(), WRAP);
            row.fitHeight();
            r++;
        }
        finish(sheet, SET_ASIDE_HEADER.length, r);
    }

    private String summary(Receipt receipt) {
        Map<Receipt.Outcome, Integer> counts = new EnumMap<>(Receipt.Outcome.class);
        receipt.entries().forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
        List<String> args = new ArrayList<>(List.of(TIME.format(generatedAt), String.valueOf(receipt.entries().size())));
        for (Receipt.Outcome outcome : Receipt.Outcome.values()) {
            args.add(String.valueOf(counts.getOrDefault(outcome, 0)));
        }
        args.add(String.valueOf(receipt.setAside().size()));
        return Messages.get("receipt.summary", args.toArray());
    }

    private static void header(PlainSheet sheet, String[] keys, int[] widths) {
        for (int i = 0; i < keys.length; i++) {
            sheet.text(HEADER_ROW, i, Messages.get("receipt.header." + keys[i]), HEADER);
            sheet.width(i, widths[i]);
        }
    }

    private static void finish(PlainSheet sheet, int columns, int endRow) {
        sheet.freeze(0, HEADER_ROW + 1);
        sheet.autoFilter(HEADER_ROW, Math.max(HEADER_ROW, endRow - 1), 0, columns - 1);
        sheet.landscape();
        sheet.printTitleRows(HEADER_ROW, HEADER_ROW);
    }

    /** One row of a receipt's table, as tall as its longest wrapped text needs: Excel and WPS do not re-fit it. */
    private static final class Row {
        private final PlainSheet sheet;
        private final int row;
        private final int[] widths;
        private float height = PlainSheet.DEFAULT_ROW_POINTS;

        Row(PlainSheet sheet, int row, int[] widths) {
            this.sheet = sheet;
            this.row = row;
            this.widths = widths;
        }

        void text(int col, String value, CellLook look) {
            if (value == null) {
                sheet.blank(row, col, look);
                return;
            }
            sheet.text(row, col, value, look);
            height = Math.max(height, TextHeight.points(value, widths[col], FONT_POINTS));
        }

        void number(int col, int value) {
            sheet.number(row, col, value, PLAIN);
        }

        void fitHeight() {
            sheet.height(row, height);
        }
    }
}
