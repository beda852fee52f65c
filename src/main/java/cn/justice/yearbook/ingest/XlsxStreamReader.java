package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ordinary xlsx in one streaming pass (zip + StAX) into {@link SheetCells}: reading a township's
 * workbook this way, checks included, takes a sixth to a seventh of the time POI's object model took
 * (BENCHMARKS.md). It reads what POI would read, the same way
 * (shared and inline strings with POI's {@code _xHHHH_} decoding, cached formula results, number formats,
 * merged areas, hidden sheets), and declines whatever it does not take exactly as POI does: a formula
 * without a saved result, array formulas, rows or cells without an address, a value POI would fail on,
 * Strict OOXML, anything near a security limit. A declined file goes to POI, whose checks and messages
 * then apply unchanged; so this reader never rejects a file, it only makes the common one cheap.
 *
 * <p>Each part is read by {@link PlainXmlReader}, which walks a township's worksheet in about 60 % of Woodstox's
 * time under C1 (BENCHMARKS.md), and read again by StAX from the start when it is not plain XML; then StAX's
 * reading is the one taken, as it was before.
 *
 * <p>Runs after {@link ZipIntegrityCheck} has inflated the package within {@link PoiSecurityLimits}.
 */
final class XlsxStreamReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxStreamReader.class);
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
    private static final String SHARED_STRINGS = REL_NS + "/sharedStrings";
    private static final String STYLES = REL_NS + "/styles";
    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    /** Cells kept per workbook at most: a report has a few hundred; beyond this POI and its checks take over. */
    static final int MAX_STORED_CELLS = 200_000;
    private static final Pattern ESCAPED_CHAR = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    private final int maxRows;
    private final boolean plainXml;
    private final LongAdder partsReadAgain = new LongAdder();

    /** @param maxRows rows kept per sheet, as {@link SheetGrid} looks no further; a sheet with more rows of data is declined */
    XlsxStreamReader(int maxRows) {
        this(maxRows, true);
    }

    private XlsxStreamReader(int maxRows, boolean plainXml) {
        this.maxRows = maxRows;
        this.plainXml = plainXml;
    }

    /** A reader that parses every part with StAX only, as before {@link PlainXmlReader}: the reading to compare with. */
    static XlsxStreamReader staxOnly(int maxRows) {
        return new XlsxStreamReader(maxRows, false);
    }

    /** How many parts were not plain XML and were read again by StAX, since this reader was made. */
    long partsReadAgain() {
        return partsReadAgain.sum();
    }

    /** The visible sheets in workbook order, or empty when the file is left to POI. */
    Optional<List<SheetCells>> read(ZipBytes zip) {
        try (ZipParts parts = ZipParts.of(zip)) {
            return read(parts);
        }
    }

    /** The same, for a zip whose parts {@link ZipIntegrityCheck} may have kept inflated. */
    Optional<List<SheetCells>> read(ZipParts zip) {
        try {
            return Optional.of(new Pass(zip).visibleSheets());
        } catch (Declined | IOException | XMLStreamException | RuntimeException e) {
            log.debug("Left to POI: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Reads a part into new objects, which the caller takes only once the whole part is read. */
    private interface PartBody<T> {
        T read(XMLStreamReader xml) throws Declined, XMLStreamException;
    }

    /** One workbook's reading: the package's parts, then its sheets. */
    private final class Pass {
        private final ZipParts zip;
        private Map<String, String> defaultTypes = Map.of();
        private Map<String, String> overrideTypes = Map.of();
        private List<String> strings = List.of();
        private final Map<Integer, String> numberFormats = new HashMap<>();
        private int[] xfFormats = new int[0];
        private boolean date1904;
        /** Counted over the whole workbook, so a part read again goes back to the counts before it. */
        private long textChars;
        private long mergedCells;
        private int storedCells;

        Pass(ZipParts zip) {
            this.zip = zip;
        }

        List<SheetCells> visibleSheets() throws Declined, IOException, XMLStreamException {
            readContentTypes();
            String workbookPart = officeDocument();
            String dir = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
            Map<String, String[]> rels = relationships(dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels", dir);
            List<String[]> sheets = readWorkbook(workbookPart);
            for (String[] rel : rels.values()) {
                if (rel[0].equals(SHARED_STRINGS)) {
                    readSharedStrings(rel[1]);
                } else if (rel[0].equals(STYLES)) {
                    readStyles(rel[1]);
                }
            }
            if (sheets.isEmpty()) {
                throw new Declined("no sheets");
            }
            List<SheetCells> visible = new ArrayList<>();
            NumberFormats formats = new NumberFormats(numberFormats, xfFormats, date1904);
            for (String[] sheet : sheets) {
                String[] rel = rels.get(sheet[2]);
                if (rel == null || !WORKSHEET_TYPE.equals(contentType(rel[1]))) {
                    throw new Declined("sheet " + sheet[0] + " is not a worksheet part");
                }
                StreamedSheet read = readSheet(sheet[0], rel[1], formats);
                if (sheet[1] == null || sheet[1].equals("visible")) {
                    visible.add(read);
                }
            }
            return visible;
        }

        private void readContentTypes() throws Declined, IOException, XMLStreamException {
            parse("[Content_Types].xml", null, xml -> {
                Map<String, String> defaults = new HashMap<>();
                Map<String, String> overrides = new HashMap<>();
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "Default" -> defaults.put(attr(xml, "Extension").toLowerCase(Locale.ROOT), attr(xml, "ContentType"));
                        case "Override" -> overrides.put(attr(xml, "PartName").toLowerCase(Locale.ROOT), attr(xml, "ContentType"));
                        default -> {
                        }
                    }
                }
                defaultTypes = defaults;
                overrideTypes = overrides;
                return null;
            });
        }

        private String contentType(String part) {
            String type = overrideTypes.get("/" + part.toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
            int dot = part.lastIndexOf('.');
            return defaultTypes.get(dot < 0 ? "" : part.substring(dot + 1).toLowerCase(Locale.ROOT));
        }

        private String officeDocument() throws Declined, IOException, XMLStreamException {
            for (String[] rel : relationships("_rels/.rels", "").values()) {
                if (rel[0].equals(OFFICE_DOCUMENT)) {
                    return rel[1];
                }
            }
            throw new Declined("no transitional officeDocument relationship");
        }

        /** Relationships by id: {type, part name}; external targets and targets outside the package decline. */
        private Map<String, String[]> relationships(String part, String base) throws Declined, IOException, XMLStreamException {
            return parse(part, null, xml -> {
                Map<String, String[]> rels = new HashMap<>();
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Relationship")) {
                        continue;
                    }
                    String target = attr(xml, "Target");
                    if ("External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        continue;
                    }
                    String name = target.startsWith("/") ? target.substring(1) : base + target;
                    if (name.contains("..") || name.contains("./") || name.contains("\\")) {
                        throw new Declined("relative target " + target);
                    }
                    rels.put(attr(xml, "Id"), new String[]{attr(xml, "Type"), name});
                }
                return rels;
            });
        }

        /** The sheets as {name, state or null, relationship id}, in workbook order. */
        private List<String[]> readWorkbook(String part) throws Declined, IOException, XMLStreamException {
            return parse(part, "workbook", xml -> {
                List<String[]> sheets = new ArrayList<>();
                boolean date1904 = false;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "workbookPr" -> {
                            String flag = xml.getAttributeValue(null, "date1904");
                            date1904 = "1".equals(flag) || "true".equals(flag);
                        }
                        case "sheet" -> sheets.add(new String[]{attr(xml, "name"), xml.getAttributeValue(null, "state"),
                                xml.getAttributeValue(REL_NS, "id")});
                        default -> {
                        }
                    }
                }
                this.date1904 = date1904;
                return sheets;
            });
        }

        private void readSharedStrings(String part) throws Declined, IOException, XMLStreamException {
            strings = parse(part, "sst", xml -> {
                List<String> read = new ArrayList<>();
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        String text = richText(xml, "si");
                        if (text != null && text.length() > TextVolumeCheck.MAX_CELL_CHARS) {
                            throw new Declined("shared string longer than a cell may hold");
                        }
                        read.add(text);
                    }
                }
                return read;
            });
        }

        private void readStyles(String part) throws Declined, IOException, XMLStreamException {
            parse(part, "styleSheet", xml -> {
                Map<Integer, String> formats = new HashMap<>();
                List<Integer> xfs = new ArrayList<>();
                int depth = 1;
                boolean inCellXfs = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = xml.getLocalName();
                        if (depth == 2 && name.equals("cellXfs")) {
                            inCellXfs = true;
                        } else if (depth == 3 && name.equals("numFmt")) {
                            formats.put(formatId(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                        } else if (depth == 3 && inCellXfs && name.equals("xf")) {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            xfs.add(id == null ? 0 : formatId(id));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2) {
                            inCellXfs = false;
                        }
                        depth--;
                    }
                }
                numberFormats.putAll(formats); // a second styles part adds to the first's formats, as it always did
                xfFormats = xfs.stream().mapToInt(Integer::intValue).toArray();
                return null;
            });
        }

        private static int formatId(String text) throws Declined {
            long id = text == null ? -1 : Long.parseLong(text.trim());
            if (id < 0 || id > Short.MAX_VALUE) {
                throw new Declined("number format id " + text);
            }
            return (int) id;
        }

        private StreamedSheet readSheet(String name, String part, NumberFormats formats)
                throws Declined, IOException, XMLStreamException {
            return parse(part, "worksheet", xml -> {
                StreamedSheet sheet = new StreamedSheet(name, formats);
                int row = -1;
                int lastCol = -1;
                int dataRows = 0;
                boolean rowHasData = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "row" -> {
                                String r = xml.getAttributeValue(null, "r");
                                if (r == null) {
                                    throw new Declined("row without r");
                                }
                                row = parseInt(r) - 1;
                                if (row < 0 || row > 1_048_575) {
                                    throw new Declined("row number " + r);
                                }
                                if (!sheet.addRow(row)) {
                                    throw new Declined("row " + r + " written twice");
                                }
                                lastCol = -1;
                                rowHasData = false;
                            }
                            case "c" -> {
                                int col = column(xml.getAttributeValue(null, "r"));
                                if (row < 0) {
                                    throw new Declined("cell outside a row");
                                }
                                lastCol = Math.max(lastCol, col);
                                boolean data = readCell(xml, sheet, row, col);
                                rowHasData |= data;
                            }
                            case "mergeCell" -> {
                                CellRangeAddress range = mergedRange(attr(xml, "ref"));
                                mergedCells += Math.min(range.getNumberOfCells(), MergedCellCheck.LARGEST_MAPPED_REGION);
                                if (mergedCells > MergedCellCheck.MAX_MERGED_CELLS) {
                                    throw new Declined("merged cells beyond the limit");
                                }
                                sheet.addMerged(range);
                            }
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                        sheet.lastColumn(row, lastCol);
                        if (rowHasData && ++dataRows > maxRows) {
                            throw new Declined("more rows of data than a report has");
                        }
                    }
                }
                return sheet;
            });
        }

        /** Reads one {@code <c>} up to its end tag; returns whether it holds data (a value, inline text or a formula). */
        private boolean readCell(XMLStreamReader xml, StreamedSheet sheet, int row, int col)
                throws Declined, XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            String s = xml.getAttributeValue(null, "s");
            int style = s == null ? 0 : parseTrimmedInt(s);
            String value = null;
            String inline = null;
            boolean inlineSeen = false;
            boolean formula = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> {
                        String kind = xml.getAttributeValue(null, "t");
                        if ("array".equals(kind) || "dataTable".equals(kind)) {
                            throw new Declined(kind + " formula");
                        }
                        formula = true;
                        xml.getElementText();
                    }
                    case "is" -> {
                        inline = richText(xml, "is");
                        inlineSeen = true;
                    }
                    default -> {
                    }
                }
            }
            if (formula && value == null) {
                throw new Declined("formula without a saved result");
            }
            RawCell cell = cell(type == null ? "n" : type, value, inline, inlineSeen, formula, style);
            if (cell != null && row < maxRows) {
                if (++storedCells > MAX_STORED_CELLS) {
                    throw new Declined("more cells than a report has");
                }
                sheet.put(row, col, cell);
            }
            return value != null || inlineSeen || formula;
        }

        /** The cell as POI would read it, or null for a blank one; declines what POI would fail on. */
        private RawCell cell(String type, String value, String inline, boolean inlineSeen, boolean formula, int style)
                throws Declined {
            switch (type) {
                case "n" -> {
                    if (value == null) {
                        return null;
                    }
                    return new RawCell(CellContent.Kind.NUMBER, value.isEmpty() ? 0 : parseDouble(value), null, style);
                }
                case "s" -> {
                    if (formula) {
                        throw new Declined("shared string as a formula result");
                    }
                    if (value == null) {
                        return text("", style, true);
                    }
                    return text(strings.get(parseInt(value)), style, true);
                }
                case "str" -> {
                    return text(utfDecode(value == null ? "" : value), style, !formula);
                }
                case "inlineStr" -> {
                    if (formula) {
                        throw new Declined("inline string as a formula result");
                    }
                    return text(inlineSeen ? inline : utfDecode(value == null ? "" : value), style, true);
                }
                case "b" -> {
                    return new RawCell(CellContent.Kind.BOOLEAN, "1".equals(value) ? 1 : 0, null, style);
                }
                case "e" -> {
                    if (value == null) {
                        throw new Declined("error cell without a code");
                    }
                    return new RawCell(CellContent.Kind.ERROR, 0, FormulaError.forString(value).getString(), style);
                }
                default -> throw new Declined("cell type " + type);
            }
        }

        /** A text cell; a string cell's length (not a formula result's) counts as {@link TextVolumeCheck} counts it. */
        private RawCell text(String text, int style, boolean stringCell) throws Declined {
            if (stringCell && text != null) {
                textChars = TextVolumeCheck.countedForFastReader(textChars, text);
            }
            return new RawCell(CellContent.Kind.TEXT, 0, text, style);
        }

        /** The text of a rich-text element ({@code <si>} or {@code <is>}) as POI gives it; null when it has neither text nor runs. */
        private String richText(XMLStreamReader xml, String element) throws XMLStreamException {
            String plain = null;
            StringBuilder runs = null;
            int depth = 0; // inside <r> (1) or <rPh> (ignored)
            boolean inPhonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("rPh")) {
                        inPhonetic = true;
                    } else if (name.equals("r") && !inPhonetic) {
                        depth = 1;
                        runs = runs == null ? new StringBuilder() : runs;
                    } else if (name.equals("t") && !inPhonetic) {
                        String text = xml.getElementText();
                        if (depth == 1) {
                            runs.append(text);
                        } else {
                            plain = text;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals(element)) {
                        break;
                    } else if (name.equals("rPh")) {
                        inPhonetic = false;
                    } else if (name.equals("r")) {
                        depth = 0;
                    }
                }
            }
            return utfDecode(runs != null ? runs.toString() : plain);
        }

        /**
         * Parses a part with {@code body}, after checking its root element when {@code root} is given: as plain XML,
         * or, when it is not, with StAX from the start, the counts set back to what they were before the part.
         */
        private <T> T parse(String part, String root, PartBody<T> body) throws Declined, IOException, XMLStreamException {
            ZipArchiveEntry entry = zip.entry(part);
            if (entry == null) {
                throw new Declined("no part " + part);
            }
            byte[] content = plainXml ? zip.content(entry, (int) PoiSecurityLimits.MAX_ENTRY_SIZE) : null;
            if (content != null) {
                long textBefore = textChars;
                long mergedBefore = mergedCells;
                int storedBefore = storedCells;
                try {
                    return parse(new PlainXmlReader(content), root, body);
                } catch (NotPlainXmlException e) {
                    log.debug("{} is not plain XML ({}); read again with StAX", part, e.getMessage());
                    partsReadAgain.increment();
                    textChars = textBefore;
                    mergedCells = mergedBefore;
                    storedCells = storedBefore;
                }
            }
            try (InputStream in = content != null ? new ByteArrayInputStream(content) : zip.open(entry)) { // StAX's close leaves the stream open
                return parse(XML.createXMLStreamReader(in), root, body);
            }
        }

        private <T> T parse(XMLStreamReader xml, String root, PartBody<T> body) throws Declined, XMLStreamException {
            try {
                if (root != null) {
                    xml.nextTag();
                    requireMain(xml, root);
                }
                return body.read(xml);
            } finally {
                xml.close();
            }
        }
    }

    private static void requireMain(XMLStreamReader xml, String root) throws Declined {
        if (!root.equals(xml.getLocalName()) || !MAIN_NS.equals(xml.getNamespaceURI())) {
            throw new Declined("root " + xml.getName() + " is not the transitional " + root);
        }
    }

    private static String attr(XMLStreamReader xml, String name) throws Declined {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            throw new Declined("no attribute " + name + " on " + xml.getLocalName());
        }
        return value;
    }

    /**
     * A merged area's reference as {@link CellRangeAddress#valueOf} reads it: a plain {@code A1:G1} by hand (valueOf
     * goes through POI's reference patterns, a regex per cell), anything else by valueOf itself.
     */
    static CellRangeAddress mergedRange(String ref) {
        int colon = ref.indexOf(':');
        long first = plainCell(ref, 0, colon < 0 ? ref.length() : colon);
        long last = colon < 0 ? first : plainCell(ref, colon + 1, ref.length());
        if (first < 0 || last < 0) {
            return CellRangeAddress.valueOf(ref);
        }
        return new CellRangeAddress((int) (first >>> 16), (int) (last >>> 16), (int) (first & 0xFFFF), (int) (last & 0xFFFF));
    }

    /** Row (high) and column (low 16 bits) of a reference of 1–3 capitals and a row number without leading zeros; else -1. */
    private static long plainCell(String ref, int from, int to) {
        int i = from;
        int col = -1;
        for (; i < to && i - from < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            col = (col + 1) * 26 + (ref.charAt(i) - 'A');
        }
        if (i == from || i == to || to - i > 7 || ref.charAt(i) < '1' || ref.charAt(i) > '9' || col > 16_383) {
            return -1;
        }
        int row = 0;
        for (; i < to; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        return row > 1_048_576 ? -1 : (long) (row - 1) << 16 | col;
    }

    /** A cell reference's column, for plain references such as {@code B12}; anything else declines. */
    private static int column(String ref) throws Declined {
        if (ref == null) {
            throw new Declined("cell without r");
        }
        int col = -1;
        int i = 0;
        for (; i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z'; i++) {
            col = (col + 1) * 26 + (ref.charAt(i) - 'A');
        }
        if (i == 0 || i > 3 || i == ref.length() || col > 16_383) {
            throw new Declined("cell reference " + ref);
        }
        for (int j = i; j < ref.length(); j++) {
            if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                throw new Declined("cell reference " + ref);
            }
        }
        return col;
    }

    /** {@link Integer#parseInt(String)}, the common one to nine ASCII digits read in line (see {@link #asciiDigits}). */
    static int parseInt(String text) {
        int value = asciiDigits(text);
        return value >= 0 ? value : Integer.parseInt(text);
    }

    /** {@code Integer.parseInt(text.trim())}, as a cell's style is read, the same way. */
    static int parseTrimmedInt(String text) {
        int value = asciiDigits(text);
        return value >= 0 ? value : Integer.parseInt(text.trim());
    }

    /**
     * The value of one to nine ASCII digits, else -1. A cell's style, its shared string and its row number each take
     * one: under C1, Integer.parseInt with trim took about 30 ns for a style, this about 13 ns.
     */
    private static int asciiDigits(String text) {
        int length = text.length();
        if (length == 0 || length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * {@link Double#parseDouble(String)}, bit for bit: a plain decimal ({@code -?digits(.digits)?}) of at most 15 digits
     * is its digits, an exact double, divided by a power of ten, another one, and that one division rounds as the parse
     * does. Anything else is parsed by Double. Under C1, Double took about 60 ns for a cell's {@code 4.0}, this about 30 ns.
     */
    static double parseDouble(String text) {
        int length = text.length();
        boolean negative = length > 0 && text.charAt(0) == '-';
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (int i = negative ? 1 : 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && count < 15) {
                digits = digits * 10 + (c - '0');
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            } else if (c == '.' && decimals < 0 && count > 0) {
                decimals = 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (count == 0 || decimals == 0) {
            return Double.parseDouble(text);
        }
        double value = decimals < 0 ? digits : digits / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    /** POI's decoding of characters XML cannot carry, written as {@code _xHHHH_}. */
    static String utfDecode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        StringBuilder buf = new StringBuilder();
        Matcher m = ESCAPED_CHAR.matcher(value);
        int idx = 0;
        while (m.find()) {
            buf.append(value, idx, m.start());
            buf.append((char) Integer.parseInt(m.group(1), 16));
            idx = m.end();
        }
        if (idx == 0) {
            return value;
        }
        buf.append(value, idx, value.length());
        return buf.toString();
    }
}
