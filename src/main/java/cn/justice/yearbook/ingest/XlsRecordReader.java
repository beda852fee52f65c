package cn.justice.yearbook.ingest;

import org.apache.poi.hssf.model.InternalSheet;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.model.RecordStream;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ordinary .xls through POI's own record model ({@link InternalWorkbook}, {@link InternalSheet}: the
 * structure {@code HSSFWorkbook} is built on, with every check POI makes of it) into {@link StreamedSheet}s,
 * without the objects {@code HSSFWorkbook} adds for every row and cell.
 * What the object model would refuse on top of that (a row or cell out of Excel's range, a number in a style
 * that is not there), and what POI's checks would refuse ({@link TextVolumeCheck}, {@link MergedCellCheck},
 * {@link RowCountCheck}), it declines, and POI reads the file and gives every verdict: both show the same cells.
 */
final class XlsRecordReader {

    private static final Logger log = LoggerFactory.getLogger(XlsRecordReader.class);
    private static final String WORKBOOK_STREAM = "Workbook";
    private static final int LAST_ROW = 0xFFFF;
    private static final int LAST_COLUMN = 0xFF;
    private static final int NO_FORMAT = -1;

    private final int maxRows;

    /** @param maxRows rows kept per sheet, as {@link SheetGrid} looks no further; a sheet with more rows of data is declined */
    XlsRecordReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The visible sheets in workbook order, or empty when the file is left to POI. */
    Optional<List<SheetCells>> read(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntry(WORKBOOK_STREAM)) {
                throw new Declined("no " + WORKBOOK_STREAM + " stream");
            }
            List<Record> records;
            try (InputStream in = root.createDocumentInputStream(WORKBOOK_STREAM)) {
                records = RecordFactory.createRecords(in);
            }
            return Optional.of(new Pass(records).visibleSheets());
        } catch (Declined | IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.debug("Left to POI: {}", e.toString());
            return Optional.empty();
        }
    }

    /** One workbook's reading, sheet by sheet as {@code HSSFWorkbook} and {@code HSSFSheet} take them. */
    private final class Pass {
        private final List<Record> records;
        private final InternalWorkbook book;
        private final int[] xfFormats;
        /** Counted over the whole workbook, as POI's checks count. */
        private long textChars;
        private long mergedCells;
        private int storedCells;

        Pass(List<Record> records) {
            this.records = records;
            this.book = InternalWorkbook.createWorkbook(records);
            this.xfFormats = xfFormats(book);
        }

        List<SheetCells> visibleSheets() throws Declined {
            RecordStream stream = new RecordStream(records, book.getNumRecords());
            List<InternalSheet> sheets = new ArrayList<>();
            while (stream.hasNext()) {
                sheets.add(InternalSheet.createSheet(stream)); // a chart or macro sheet's substream throws: declined
            }
            if (sheets.isEmpty() || sheets.size() != book.getNumSheets()) {
                throw new Declined(sheets.size() + " sheet substreams for " + book.getNumSheets() + " sheets");
            }
            NumberFormats formats = new NumberFormats(customFormats(book), xfFormats, book.isUsing1904DateWindowing());
            List<SheetCells> visible = new ArrayList<>();
            for (int i = 0; i < sheets.size(); i++) {
                StreamedSheet sheet = read(sheets.get(i), new StreamedSheet(book.getSheetName(i), formats));
                if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
                    visible.add(sheet);
                }
            }
            return visible;
        }

        /** The rows, then every cell, in the order {@code HSSFSheet} creates them. */
        private StreamedSheet read(InternalSheet source, StreamedSheet sheet) throws Declined {
            for (RowRecord row = source.getNextRow(); row != null; row = source.getNextRow()) {
                if (row.getLastCol() < 0) {
                    throw new Declined("row " + row.getRowNumber() + " ends at column " + row.getLastCol());
                }
                sheet.addRow(checkedRow(row.getRowNumber()));
            }
            BitSet dataRows = new BitSet();
            for (Iterator<CellValueRecordInterface> cells = source.getCellValueIterator(); cells.hasNext(); ) {
                CellValueRecordInterface cell = cells.next();
                int row = checkedRow(cell.getRow());
                int col = cell.getColumn();
                if (col < 0 || col > LAST_COLUMN) {
                    throw new Declined("column " + col);
                }
                sheet.addRow(row);
                sheet.lastColumn(row, Math.max(sheet.lastColumn(row), col));
                if (cell instanceof BlankRecord) {
                    continue;
                }
                dataRows.set(row);
                RawCell raw = raw(cell);
                if (row < maxRows) {
                    if (++storedCells > XlsxStreamReader.MAX_STORED_CELLS) {
                        throw new Declined("more cells than a report has");
                    }
                    sheet.put(row, col, raw);
                }
            }
            if (dataRows.cardinality() > maxRows) {
                throw new Declined("more rows of data than a report has");
            }
            for (int i = 0; i < source.getNumMergedRegions(); i++) {
                CellRangeAddress range = source.getMergedRegionAt(i);
                mergedCells += Math.min(range.getNumberOfCells(), MergedCellCheck.LARGEST_MAPPED_REGION);
                if (mergedCells > MergedCellCheck.MAX_MERGED_CELLS) {
                    throw new Declined("merged cells beyond the limit");
                }
                sheet.addMerged(range);
            }
            return sheet;
        }

        /** The cell as {@link PoiSheetCells} would show it through {@code HSSFCell}. */
        private RawCell raw(CellValueRecordInterface cell) throws Declined {
            int xf = cell.getXFIndex();
            if (cell instanceof NumberRecord number) {
                return number(number.getValue(), xf);
            }
            if (cell instanceof LabelSSTRecord label) {
                return stringCell(book.getSSTString(label.getSSTIndex()).getString(), xf);
            }
            if (cell instanceof LabelRecord label) { // HSSFWorkbook moves these into the string table first
                return stringCell(label.getValue(), xf);
            }
            if (cell instanceof BoolErrRecord boolErr) {
                return boolErr.isBoolean()
                        ? new RawCell(CellContent.Kind.BOOLEAN, boolErr.getBooleanValue() ? 1 : 0, null, xf)
                        : new RawCell(CellContent.Kind.ERROR, 0, PoiSheetCells.errorCode(boolErr.getErrorValue()), xf);
            }
            if (cell instanceof FormulaRecordAggregate formula) {
                return cachedResult(formula, xf);
            }
            throw new Declined("cell record " + cell.getClass().getSimpleName());
        }

        /** A formula's saved result, as {@code HSSFCell} gives it. */
        private RawCell cachedResult(FormulaRecordAggregate formula, int xf) throws Declined {
            FormulaRecord result = formula.getFormulaRecord();
            CellType type = result.getCachedResultTypeEnum();
            return switch (type) {
                case NUMERIC -> number(result.getValue(), xf);
                case STRING -> {
                    String text = formula.getStringValue();
                    yield new RawCell(CellContent.Kind.TEXT, 0, text == null ? "" : text, xf);
                }
                case BOOLEAN -> new RawCell(CellContent.Kind.BOOLEAN, result.getCachedBooleanValue() ? 1 : 0, null, xf);
                case ERROR -> new RawCell(CellContent.Kind.ERROR, 0, PoiSheetCells.errorCode((byte) result.getCachedErrorValue()), xf);
                default -> throw new Declined("formula result of type " + type);
            };
        }

        /** A number as POI shows it through its cell's style; a style POI cannot look up declines. */
        private RawCell number(double value, int xf) throws Declined {
            if (xf < 0 || xf >= xfFormats.length || xfFormats[xf] == NO_FORMAT) {
                throw new Declined("number in style " + xf + " of " + xfFormats.length);
            }
            return new RawCell(CellContent.Kind.NUMBER, value, null, xf);
        }

        /** A string cell; its length counts as {@link TextVolumeCheck} counts it. */
        private RawCell stringCell(String text, int xf) throws Declined {
            textChars = TextVolumeCheck.countedForFastReader(textChars, text);
            return new RawCell(CellContent.Kind.TEXT, 0, text, xf);
        }
    }

    /** HSSFRow's range for a row number. */
    private static int checkedRow(int row) throws Declined {
        if (row < 0 || row > LAST_ROW) {
            throw new Declined("row " + row);
        }
        return row;
    }

    /** Each cell style's format, as {@code HSSFCell.getCellStyle} finds it; {@link #NO_FORMAT} where that fails. */
    private static int[] xfFormats(InternalWorkbook book) {
        int[] formats = new int[book.getNumExFormats()];
        for (int xf = 0; xf < formats.length; xf++) {
            try {
                short format = book.getExFormatAt(xf).getFormatIndex();
                formats[xf] = format < 0 ? NO_FORMAT : format;
            } catch (RuntimeException e) {
                formats[xf] = NO_FORMAT;
            }
        }
        return formats;
    }

    /** The workbook's own number formats by index, as {@code HSSFDataFormat} keeps them (it fails on a negative one). */
    private static Map<Integer, String> customFormats(InternalWorkbook book) throws Declined {
        Map<Integer, String> formats = new HashMap<>();
        for (FormatRecord format : book.getFormats()) {
            if (format.getIndexCode() < 0) {
                throw new Declined("number format " + format.getIndexCode());
            }
            formats.put(format.getIndexCode(), format.getFormatString());
        }
        return formats;
    }
}
