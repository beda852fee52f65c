package cn.justice.yearbook.render.workbook;

import org.apache.poi.ss.util.CellReference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.REL_NS;

/**
 * One of the township's worksheet parts as its feedback copy has it: no longer the selected tab, and, when it has
 * marks, the marked cells in their highlighted styles (a cell or row that is not there is inserted in order) and
 * a {@code <legacyDrawing>} for the comments, placed where the schema's element order wants it.
 *
 * <p>A worksheet is the one big part of a package (tens of KB, most of it cells and validations), so it is not
 * parsed into a DOM and written back: its tags are scanned once, and the few changes are spliced into the text,
 * which is otherwise kept to the byte. The scan declines what it does not expect: a DOCTYPE, a second default
 * namespace, prefixed or unknown elements where the schema has its own, rows or cells without addresses or out of order.
 */
final class MarkedSheet {

    /** CT_Worksheet's children in schema order; Excel rejects a sheet whose children are out of this order. */
    private static final List<String> ORDER = List.of("sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols",
            "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
            "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
            "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
            "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
            "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
    private static final Set<String> TRUE = Set.of("1", "true");
    private static final Pattern ADDRESS = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");
    private static final Pattern DEFAULT_NAMESPACE = Pattern.compile("xmlns\\s*=");
    private static final Pattern RELATIONSHIP_PREFIX =
            Pattern.compile("\\sxmlns:([\\w.-]+)\\s*=\\s*([\"'])" + Pattern.quote(REL_NS) + "\\2");
    private static final Pattern DECLARATION_ENCODING = Pattern.compile("^\\uFEFF?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");

    /** A start tag: {@code text.substring(start, end)} is {@code <name …>} or {@code <name …/>}. */
    private record Tag(String name, int start, int end, boolean empty) {
    }

    private record Row(int number, Tag tag, int closeAt, List<Cell> cells) {
    }

    private record Cell(Tag tag, int col) {
    }

    /** A change: {@code length} characters at {@code at} replaced by {@code text}. */
    private record Edit(int at, int length, String text) {
    }

    private final String text;
    private final String part;
    private Tag root;
    private final List<Tag> children = new ArrayList<>();
    private final List<Tag> sheetViews = new ArrayList<>();
    private final List<Tag> cols = new ArrayList<>();
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private int sheetDataClose = -1;
    private int rootClose = -1;
    private Tag sheetData;
    private final List<Edit> edits = new ArrayList<>();
    /** Marked cells by row and column: the style to give, or null to keep the one it shows. */
    private final TreeMap<Integer, TreeMap<Integer, Integer>> marked = new TreeMap<>();

    MarkedSheet(byte[] bytes, String part) throws CopyDeclined {
        this.part = part;
        if (bytes.length > 1 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF || bytes[0] == 0)) {
            throw new CopyDeclined(part + " is not UTF-8");
        }
        this.text = new String(bytes, StandardCharsets.UTF_8);
        Matcher encoding = DECLARATION_ENCODING.matcher(text);
        if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8")) {
            throw new CopyDeclined(part + " is in " + encoding.group(1));
        }
        scan();
        check();
    }

    void deselect() {
        for (Tag view : sheetViews) {
            int[] selected = attribute(view, "tabSelected");
            if (selected != null) {
                edits.add(new Edit(selected[0], selected[2] + 1 - selected[0], ""));
            }
        }
    }

    /** The style the cell shows: its own, or for a cell the sheet has no element for, its row's or its column's. */
    int style(CellReference ref) throws CopyDeclined {
        Row row = rows.get(ref.getRow() + 1);
        Tag cell = row == null ? null : cellIn(row, ref.getCol());
        if (cell != null) {
            return number(cell, "s", 0);
        }
        if (row != null && TRUE.contains(String.valueOf(value(row.tag(), "customFormat")))) {
            return number(row.tag(), "s", 0);
        }
        for (Tag col : cols) {
            if (number(col, "min", -1) <= ref.getCol() + 1 && ref.getCol() + 1 <= number(col, "max", -1)) {
                return number(col, "style", 0);
            }
        }
        return 0;
    }

    /** Marks the cell: gives it {@code style} (null: keeps the one it shows), inserting it if the sheet has no element for it. */
    void mark(CellReference ref, Integer style) {
        marked.computeIfAbsent(ref.getRow() + 1, r -> new TreeMap<>()).put((int) ref.getCol(), style);
    }

    /** Adds {@code <legacyDrawing r:id="…"/>} for the comments' VML drawing, related to the sheet as {@code relationshipId}. */
    void addLegacyDrawing(String relationshipId) throws CopyDeclined {
        String prefix = relationshipPrefix();
        int at = -1;
        int legacy = ORDER.indexOf("legacyDrawing");
        for (Tag child : children) {
            if (ORDER.indexOf(child.name()) > legacy) {
                at = child.start();
                break;
            }
        }
        if (at < 0) {
            at = rootClose;
        }
        edits.add(new Edit(at, 0, "<legacyDrawing " + prefix + ":id=\"" + relationshipId + "\"/>"));
    }

    byte[] toBytes() throws CopyDeclined {
        for (Map.Entry<Integer, TreeMap<Integer, Integer>> row : marked.entrySet()) {
            markRow(row.getKey(), row.getValue());
        }
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::at)); // stable: insertions at one place stay in the order made
        StringBuilder out = new StringBuilder(text.length() + 256);
        int from = 0;
        for (Edit edit : ordered) {
            out.append(text, from, edit.at()).append(edit.text());
            from = edit.at() + edit.length();
        }
        return out.append(text, from, text.length()).toString().getBytes(StandardCharsets.UTF_8);
    }

    private void markRow(int number, TreeMap<Integer, Integer> columns) throws CopyDeclined {
        Row row = rows.get(number);
        if (row == null) {
            StringBuilder cells = new StringBuilder("<row r=\"").append(number).append("\">");
            for (Map.Entry<Integer, Integer> cell : columns.entrySet()) {
                newCell(cells, number, cell.getKey(), cell.getValue());
            }
            Map.Entry<Integer, Row> next = rows.higherEntry(number);
            int at = next != null ? next.getValue().tag().start() : sheetDataClose;
            if (at < 0) {
                throw new CopyDeclined(part + " has an empty <sheetData/>");
            }
            edits.add(new Edit(at, 0, cells.append("</row>").toString()));
            return;
        }
        for (Map.Entry<Integer, Integer> column : columns.entrySet()) {
            Tag cell = cellIn(row, column.getKey());
            if (cell != null) {
                if (column.getValue() != null) {
                    setStyle(cell, column.getValue());
                }
                continue;
            }
            StringBuilder inserted = new StringBuilder();
            newCell(inserted, number, column.getKey(), column.getValue());
            Cell next = row.cells().stream().filter(c -> c.col() > column.getKey()).findFirst().orElse(null);
            if (next != null) {
                edits.add(new Edit(next.tag().start(), 0, inserted.toString()));
            } else if (row.tag().empty()) {
                edits.add(new Edit(row.tag().end() - 2, 2, ">" + inserted + "</row>"));
            } else {
                edits.add(new Edit(row.closeAt(), 0, inserted.toString()));
            }
        }
    }

    private void newCell(StringBuilder xml, int row, int col, Integer style) throws CopyDeclined {
        CellReference ref = new CellReference(row - 1, col);
        int s = style != null ? style : style(ref);
        xml.append("<c r=\"").append(ref.formatAsString(false)).append('"');
        if (s != 0) {
            xml.append(" s=\"").append(s).append('"');
        }
        xml.append("/>");
    }

    private void setStyle(Tag cell, int style) {
        int[] s = attribute(cell, "s");
        if (s != null) {
            edits.add(new Edit(s[1], s[2] - s[1], Integer.toString(style)));
        } else {
            edits.add(new Edit(cell.end() - (cell.empty() ? 2 : 1), 0, " s=\"" + style + "\""));
        }
    }

    /** The prefix the sheet gives the relationships namespace, declared as 「r」 on the root if it has none. */
    private String relationshipPrefix() throws CopyDeclined {
        Matcher declared = RELATIONSHIP_PREFIX.matcher(text.substring(root.start(), root.end()));
        if (declared.find()) {
            return declared.group(1);
        }
        if (attribute(root, "xmlns:r") != null) {
            throw new CopyDeclined(part + " uses the prefix r for another namespace");
        }
        edits.add(new Edit(root.end() - (root.empty() ? 2 : 1), 0, " xmlns:r=\"" + REL_NS + "\""));
        return "r";
    }

    private Tag cellIn(Row row, int col) {
        for (Cell cell : row.cells()) {
            if (cell.col() == col) {
                return cell.tag();
            }
        }
        return null;
    }

    /** One pass over the tags, keeping those the feedback may change or must check. */
    private void scan() throws CopyDeclined {
        Deque<String> open = new ArrayDeque<>();
        Row row = null;
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            if (text.startsWith("<!--", i)) {
                i = skipPast(i, "-->");
            } else if (text.startsWith("<?", i)) {
                i = skipPast(i, "?>");
            } else if (text.startsWith("<![CDATA[", i)) {
                i = skipPast(i, "]]>");
            } else if (text.startsWith("<!", i)) {
                throw new CopyDeclined(part + " has a DOCTYPE");
            } else if (text.startsWith("</", i)) {
                String parent = open.pop();
                if (parent.equals("row") && open.size() == 2) {
                    rows.put(row.number(), new Row(row.number(), row.tag(), i, row.cells()));
                } else if (parent.equals("sheetData") && open.size() == 1) {
                    sheetDataClose = i;
                } else if (open.isEmpty()) {
                    rootClose = i;
                }
                i = skipPast(i, ">");
            } else {
                Tag tag = startTag(i);
                int depth = open.size();
                String parent = open.peek();
                if (depth == 0) {
                    root = tag;
                } else if (depth == 1) {
                    children.add(tag);
                    if (tag.name().equals("sheetData")) {
                        sheetData = tag;
                    }
                } else if (depth == 2 && "sheetData".equals(parent)) {
                    if (!tag.name().equals("row")) {
                        throw new CopyDeclined(part + " has <" + tag.name() + "> in its sheetData");
                    }
                    int r = number(tag, "r", -1);
                    row = new Row(r, tag, -1, new ArrayList<>());
                    if (r <= (rows.isEmpty() ? 0 : rows.lastKey())) {
                        throw new CopyDeclined(part + " has row " + r + " out of order");
                    }
                    if (tag.empty()) {
                        rows.put(r, row);
                    }
                } else if (depth == 3 && "row".equals(parent)) {
                    addCell(row, tag);
                } else if (depth == 2 && "sheetViews".equals(parent)) {
                    sheetViews.add(tag);
                } else if (depth == 2 && "cols".equals(parent)) {
                    cols.add(tag);
                }
                if (!tag.empty()) {
                    open.push(tag.name());
                }
                i = tag.end();
            }
        }
    }

    private void addCell(Row row, Tag cell) throws CopyDeclined {
        String r = value(cell, "r");
        if (!cell.name().equals("c") || r == null || !ADDRESS.matcher(r).matches()) {
            throw new CopyDeclined(part + " has a cell <" + cell.name() + "> without a usable address in row " + row.number());
        }
        int letters = 0;
        while (r.charAt(letters) >= 'A') {
            letters++;
        }
        int col = CellReference.convertColStringToIndex(r.substring(0, letters));
        int last = row.cells().isEmpty() ? -1 : row.cells().get(row.cells().size() - 1).col();
        if (Integer.parseInt(r.substring(letters)) != row.number() || col <= last) {
            throw new CopyDeclined(part + " has cell " + r + " out of place");
        }
        row.cells().add(new Cell(cell, col));
    }

    private void check() throws CopyDeclined {
        if (root == null || !root.name().equals("worksheet") || !MAIN_NS.equals(value(root, "xmlns"))
                || DEFAULT_NAMESPACE.matcher(text).results().count() != 1) {
            throw new CopyDeclined(part + " is not a transitional worksheet with one default namespace");
        }
        int last = -1;
        for (Tag child : children) {
            int at = ORDER.indexOf(child.name());
            if (at < 0 || at < last) {
                throw new CopyDeclined(part + " has <" + child.name() + "> where a worksheet's children do not");
            }
            if (child.name().equals("legacyDrawing")) {
                throw new CopyDeclined(part + " has a legacy drawing (comments or controls) already");
            }
            last = at;
        }
        if (sheetData == null) {
            throw new CopyDeclined(part + " has no sheetData");
        }
    }

    private Tag startTag(int start) throws CopyDeclined {
        char quote = 0;
        int j = start + 1;
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (j >= text.length()) {
            throw new CopyDeclined(part + " ends inside a tag");
        }
        int nameEnd = start + 1;
        while (nameEnd < j && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        return new Tag(text.substring(start + 1, nameEnd), start, j + 1, text.charAt(j - 1) == '/');
    }

    private int skipPast(int from, String end) throws CopyDeclined {
        int at = text.indexOf(end, from);
        if (at < 0) {
            throw new CopyDeclined(part + " is cut short");
        }
        return at + end.length();
    }

    /**
     * Where the attribute {@code name} is in the tag: {start of the space before it, start of its value, end of its
     * value}; null when the tag has none.
     */
    private int[] attribute(Tag tag, String name) {
        int i = tag.start() + 1 + tag.name().length();
        int end = tag.end() - 1;
        while (i < end) {
            int spaceAt = i;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < end && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int nameEnd = i;
            while (i < end && text.charAt(i) != '"' && text.charAt(i) != '\'') {
                i++;
            }
            if (i >= end) {
                return null;
            }
            char quote = text.charAt(i);
            int valueStart = ++i;
            while (i < end && text.charAt(i) != quote) {
                i++;
            }
            if (nameEnd - nameStart == name.length() && text.startsWith(name, nameStart)) {
                return new int[]{spaceAt, valueStart, i};
            }
            i++;
        }
        return null;
    }

    private String value(Tag tag, String name) {
        int[] at = attribute(tag, name);
        return at == null ? null : text.substring(at[1], at[2]);
    }

    /** An attribute's whole number, or {@code absent} when it is not there; {@code -1} means it must be. */
    private int number(Tag tag, String name, int absent) throws CopyDeclined {
        String value = value(tag, name);
        if (value == null && absent != -1) {
            return absent;
        }
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new CopyDeclined(part + " has <" + tag.name() + " " + name + "=\"" + value + "\">");
        }
    }
}
