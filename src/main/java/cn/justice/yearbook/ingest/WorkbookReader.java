package cn.justice.yearbook.ingest;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.county.TownshipMatcher;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.ReportIdentityLocator.Clue;
import cn.justice.yearbook.ingest.ReportIdentityLocator.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a township's workbook the way a person would: finds the table by its captions, the township
 * and year by their labels or the title, and each indicator by its code, name or alias.
 * It never throws for a bad file: what it cannot read becomes a finding.
 */
public class WorkbookReader {

    private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);
    private static final int MIN_HEADERLESS_MATCHES = 3;
    private static final Set<String> UNIT_WORDS = Set.of("件", "次", "场次", "场", "人次", "人", "名", "个", "份", "项",
            "卷", "件次", "起", "处", "户", "%", "％", "万元", "元");

    private final Catalogue catalogue;
    private final TownshipMatcher townships;
    private final WorkbookOpener opener;
    private final int headerSearchRows;
    private final int maxRows;

    public WorkbookReader(Catalogue catalogue, TownshipMatcher townships, WorkbookOpener opener,
                          int headerSearchRows, int maxRows) {
        this.catalogue = catalogue;
        this.townships = townships;
        this.opener = opener;
        this.headerSearchRows = headerSearchRows;
        this.maxRows = maxRows;
    }

    /** @param expectedYear the year the run or the file's folder expects, used to choose among year columns */
    public WorkbookReading read(DroppedFile file, Integer expectedYear) {
        return read(file, expectedYear, townships);
    }

    /** @param townships the townships the file may report for (its county's, in a prefecture run) */
    public WorkbookReading read(DroppedFile file, Integer expectedYear, TownshipMatcher townships) {
        if (file.size() == 0) {
            return WorkbookReading.rejected(file, Messages.finding(Rule.FILE_EMPTY, null, null, null, file.name()));
        }
        OpenedWorkbook workbook;
        try {
            workbook = opener.openSheets(file.path(), file.name());
        } catch (UnreadableFileException e) {
            log.warn("Cannot open {}: {}", file.relativePath(), e.getMessage());
            return WorkbookReading.rejected(file, Messages.finding(e.rule(), null, null, null, file.name(), e.detailZh()));
        }
        try {
            return readOpened(file, workbook, expectedYear, townships);
        } catch (RuntimeException | StackOverflowError e) {
            // POI parses lazily: a damaged part can surface while reading cells, long after opening
            log.warn("Cannot read {}: {}", file.relativePath(), WorkbookOpener.describe(e));
            return WorkbookReading.rejected(file,
                    Messages.finding(Rule.FILE_UNREADABLE, null, null, null, file.name(), "读取单元格时出错"));
        } finally {
            workbook.close();
        }
    }

    private WorkbookReading readOpened(DroppedFile file, OpenedWorkbook workbook, Integer expectedYear,
                                       TownshipMatcher townships) {
        List<SheetTable> tables = new ArrayList<>();
        for (SheetCells sheet : workbook.visibleSheets()) {
            SheetGrid grid = new SheetGrid(sheet, maxRows);
            SheetTable table = readTable(grid, expectedYear);
            if (table != null) {
                tables.add(table);
            }
        }
        if (tables.isEmpty()) {
            return WorkbookReading.rejected(file, Messages.finding(Rule.NO_TABLE, null, null, null));
        }
        tables.sort((a, b) -> Integer.compare(b.values.size(), a.values.size()));
        SheetTable main = tables.get(0);
        List<Finding> findings = new ArrayList<>(main.findings);

        Map<Township, List<String>> seen = new LinkedHashMap<>();
        Identity identity = ReportIdentityLocator.locate(main.grid, main.layout.hasHeader() ? main.layout.headerRow() : main.firstRow, main.lastRow);
        String unknown = resolveTownships(townships, identity, main.grid.name(), seen);
        for (SheetTable other : tables.subList(1, tables.size())) {
            if (other.values.size() < MIN_HEADERLESS_MATCHES) {
                continue;
            }
            Identity otherIdentity = ReportIdentityLocator.locate(other.grid,
                    other.layout.hasHeader() ? other.layout.headerRow() : other.firstRow, other.lastRow);
            Map<Township, List<String>> otherSeen = new LinkedHashMap<>();
            resolveTownships(townships, otherIdentity, other.grid.name(), otherSeen);
            otherSeen.forEach((t, where) -> seen.computeIfAbsent(t, k -> new ArrayList<>()).addAll(where));
            findings.add(Messages.finding(Rule.EXTRA_SHEET_IGNORED, null, other.grid.name(), null,
                    other.grid.name(), main.grid.name()));
        }
        String stem = stem(file.name());
        townships.findIn(stem).ifPresent(t -> seen.computeIfAbsent(t, k -> new ArrayList<>()).add("文件名"));

        Township township = null;
        if (seen.size() > 1) {
            findings.add(Messages.finding(Rule.MULTIPLE_TOWNSHIPS, null, main.grid.name(), null, describe(seen)));
        } else if (seen.size() == 1) {
            township = seen.keySet().iterator().next();
        } else if (unknown != null) {
            findings.add(Messages.finding(Rule.TOWNSHIP_UNKNOWN, null, main.grid.name(), null, unknown,
                    townships.county().name()));
        } else {
            findings.add(Messages.finding(Rule.TOWNSHIP_MISSING, null, main.grid.name(), null));
        }

        Integer year = resolveYear(identity, stem, expectedYear);
        if (year == null) {
            findings.add(Messages.finding(Rule.YEAR_MISSING, null, main.grid.name(), null));
        }
        return new WorkbookReading(file, main.grid.name(), township, year, main.values, findings);
    }

    /** The file name without its extension. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Adds every township the clues name to {@code seen}; returns the text of a labelled unit no township matches. */
    private static String resolveTownships(TownshipMatcher townships, Identity identity, String sheet,
                                           Map<Township, List<String>> seen) {
        String unknown = null;
        for (Clue clue : identity.townships()) {
            Optional<Township> hit = clue.source() == ReportIdentityLocator.Source.LABEL
                    ? townships.match(clue.text()).or(() -> townships.findIn(clue.text()))
                    : townships.findIn(clue.text());
            if (hit.isPresent()) {
                seen.computeIfAbsent(hit.get(), k -> new ArrayList<>()).add(sheet + "!" + clue.cell());
            } else if (clue.source() == ReportIdentityLocator.Source.LABEL && unknown == null) {
                unknown = clue.text();
            }
        }
        return unknown;
    }

    private static String describe(Map<Township, List<String>> seen) {
        List<String> parts = new ArrayList<>();
        seen.forEach((t, where) -> parts.add(t.name() + "（" + String.join("、", where.stream().distinct().limit(3).toList()) + "）"));
        return String.join("；", parts);
    }

    private static Integer resolveYear(Identity identity, String stem, Integer expectedYear) {
        for (ReportIdentityLocator.Source source : ReportIdentityLocator.Source.values()) {
            for (Clue clue : identity.years()) {
                if (clue.source() == source) {
                    Integer year = ReportIdentityLocator.yearIn(clue.text());
                    if (year != null) {
                        return year;
                    }
                }
            }
        }
        Integer fromName = ReportIdentityLocator.yearIn(stem);
        return fromName != null ? fromName : expectedYear;
    }

    private SheetTable readTable(SheetGrid grid, Integer expectedYear) {
        Optional<TableLayout> layout = TableLocator.locate(grid, headerSearchRows, expectedYear);
        if (layout.isPresent()) {
            SheetTable table = readRows(grid, layout.get());
            if (!table.values.isEmpty()) {
                return table;
            }
        }
        SheetTable headerless = readHeaderless(grid);
        return headerless.values.size() >= MIN_HEADERLESS_MATCHES ? headerless : null;
    }

    private SheetTable readRows(SheetGrid grid, TableLayout layout) {
        SheetTable table = new SheetTable(grid, layout);
        for (int row = layout.firstDataRow(); row <= grid.lastRow(); row++) {
            String codeText = layout.codeCol() >= 0 ? grid.text(row, layout.codeCol()) : "";
            String nameText = layout.nameCol() >= 0 ? grid.text(row, layout.nameCol()) : "";
            if (Labels.isBlank(codeText) && Labels.isBlank(nameText)) {
                continue;
            }
            Optional<Indicator> byCode = catalogue.find(Labels.halfWidth(codeText).toUpperCase(java.util.Locale.ROOT));
            Optional<Indicator> byName = catalogue.matchLabel(nameText);
            if (byCode.isEmpty() && !Labels.isBlank(codeText)) {
                byCode = catalogue.matchLabel(codeText);
            }
            Optional<Indicator> indicator = byCode.or(() -> byName);
            CellContent content = grid.content(row, layout.valueCol());
            String valueCell = SheetGrid.address(row, layout.valueCol());
            if (indicator.isEmpty()) {
                int labelCol = layout.nameCol() >= 0 ? layout.nameCol() : layout.codeCol();
                if (content.kind() != CellContent.Kind.BLANK && !grid.sameMergedArea(row, labelCol, layout.valueCol())) {
                    String label = Labels.isBlank(nameText) ? codeText : nameText;
                    table.findings.add(Messages.finding(Rule.UNKNOWN_INDICATOR, null, grid.name(),
                            SheetGrid.address(row, layout.nameCol() >= 0 ? layout.nameCol() : layout.codeCol()), Labels.halfWidth(label)));
                }
                continue;
            }
            Indicator found = indicator.get();
            if (byCode.isPresent() && byName.isPresent() && !byCode.get().equals(byName.get())) {
                table.findings.add(Messages.finding(Rule.CODE_NAME_MISMATCH, found.code(), grid.name(), valueCell,
                        found.code(), Labels.halfWidth(nameText), found.name()));
            }
            String note = layout.noteCol() >= 0 ? Labels.halfWidth(grid.text(row, layout.noteCol())) : "";
            String unit = layout.unitCol() >= 0 ? Labels.halfWidth(grid.text(row, layout.unitCol())) : "";
            table.add(row, new ReportedValue(found, grid.name(), valueCell, content.display(),
                    ValueParser.parse(content, found.type()), note, unit));
        }
        return table;
    }

    /** A list of 「label | value」 pairs with no header row above it. */
    private SheetTable readHeaderless(SheetGrid grid) {
        SheetTable table = new SheetTable(grid, TableLayout.headerless());
        for (int row = 0; row <= grid.lastRow(); row++) {
            int lastCol = Math.min(grid.lastColumn(row), 20);
            for (int col = 0; col <= lastCol; col++) {
                Optional<Indicator> indicator = catalogue.matchLabel(grid.text(row, col));
                if (indicator.isEmpty()) {
                    continue;
                }
                for (int c = col + 1; c <= col + 4; c++) {
                    CellContent content = grid.content(row, c);
                    if (content.kind() == CellContent.Kind.BLANK
                            || (content.kind() == CellContent.Kind.TEXT && UNIT_WORDS.contains(Labels.halfWidth(content.text())))) {
                        continue;
                    }
                    if (content.kind() == CellContent.Kind.TEXT && catalogue.matchLabel(content.text()).isPresent()) {
                        break; // the next pair's label: this one has no value
                    }
                    table.add(row, new ReportedValue(indicator.get(), grid.name(), SheetGrid.address(row, c),
                            content.display(), ValueParser.parse(content, indicator.get().type()), "", ""));
                    col = c; // a row may hold further pairs
                    break;
                }
            }
        }
        return table;
    }

    private static final class SheetTable {
        final SheetGrid grid;
        final TableLayout layout;
        final List<ReportedValue> values = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;

        SheetTable(SheetGrid grid, TableLayout layout) {
            this.grid = grid;
            this.layout = layout;
            if (layout.hasHeader()) {
                firstRow = layout.headerRow();
                lastRow = layout.headerRow();
            }
        }

        void add(int row, ReportedValue value) {
            values.add(value);
            firstRow = Math.min(firstRow, row);
            lastRow = Math.max(lastRow, row);
        }
    }
}
