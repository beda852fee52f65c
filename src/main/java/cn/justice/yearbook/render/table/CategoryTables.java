package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.Yearbook;

import java.util.ArrayList;
import java.util.List;

/** The townships × indicators tables of one category, split into tables of at most maxColumns columns. */
final class CategoryTables {

    private final Yearbook yearbook;
    private final CategoryFigures category;
    private final int chapter;
    private final int maxColumns;

    CategoryTables(Yearbook yearbook, CategoryFigures category, int chapter, int maxColumns) {
        this.yearbook = yearbook;
        this.category = category;
        this.chapter = chapter;
        this.maxColumns = maxColumns;
    }

    List<StatTable> tables() {
        if (category.indicators().isEmpty()) {
            return List.of();
        }
        List<List<IndicatorFigures>> parts = split(category.indicators());
        List<StatTable> tables = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String title = YearbookText.get("table.category.title", yearbook.edition().year(), category.category());
            if (parts.size() > 1) {
                title += YearbookText.get("table.category.part", YearbookText.chineseNumber(i + 1));
            }
            tables.add(table("表" + chapter + "-" + (i + 1), title, parts.get(i)));
        }
        category.indicators().stream().filter(i -> i.indicator().key()).findFirst()
                .ifPresent(key -> tables.add(StandingTable.of(yearbook, key, "表" + chapter + "-" + (tables.size() + 1))));
        return tables;
    }

    /** Splits into as few tables as the column limit allows, of nearly equal width. */
    private List<List<IndicatorFigures>> split(List<IndicatorFigures> indicators) {
        int count = Math.max(1, (indicators.size() + maxColumns - 1) / maxColumns);
        List<List<IndicatorFigures>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < count; i++) {
            int size = (indicators.size() - start) / (count - i);
            parts.add(indicators.subList(start, start + size));
            start += size;
        }
        return parts;
    }

    private StatTable table(String number, String title, List<IndicatorFigures> indicators) {
        List<String> units = indicators.stream().map(i -> i.indicator().unit()).distinct().toList();
        boolean commonUnit = units.size() == 1;
        List<StatTable.Column> columns = indicators.stream()
                .map(i -> new StatTable.Column(i.indicator().name(), commonUnit ? null : i.indicator().unit()))
                .toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.total(YearbookText.get("table.total"), indicators.stream()
                .map(i -> Cell.number(i.county(), NumberStyle.of(i.indicator()))).toList()));
        for (String township : yearbook.townships()) {
            rows.add(Row.data(township, indicators.stream()
                    .map(i -> Cell.number(i.township(township), NumberStyle.of(i.indicator()))).toList()));
        }
        String unitLine = commonUnit ? YearbookText.get("table.unit", units.get(0)) : null;
        return new StatTable(number, title, unitLine, YearbookText.get("table.township"), columns, rows,
                TableNotes.forCategoryTable(yearbook, indicators, rows));
    }
}
