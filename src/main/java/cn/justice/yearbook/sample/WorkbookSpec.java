package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Column;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;

import java.util.List;
import java.util.Map;

/**
 * Everything {@link TownshipWorkbookWriter} was told, settled: what the sheet states and which rows it has.
 *
 * @param rows       the catalogue rows, in catalogue order
 * @param extraRows  duplicate and unknown rows, appended below the table
 * @param columns    the table's columns, or null for the layout's own
 * @param relabel    whether TEMPLATE name cells are rewritten with the entries' labels
 */
record WorkbookSpec(Layout layout, Catalogue catalogue, String townshipLabel, int statedYear, List<Entry> rows,
                    List<Entry> extraRows, List<String> titleRows, List<Column> columns, Map<Column, String> captions,
                    boolean mergeCategoryRows, boolean relabel) {

    /**
     * One row of the table.
     *
     * @param indicator null for a row the catalogue does not know
     * @param value     null to leave the value cell as it is
     */
    record Entry(Indicator indicator, String label, CellInput value, String note) {
    }
}
