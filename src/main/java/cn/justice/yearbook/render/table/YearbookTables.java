package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.Yearbook;

import java.util.ArrayList;
import java.util.List;

/** Plans every numbered table of the yearbook: chapter 1 (综合), then one chapter per category. */
public final class YearbookTables {

    public static final int SUMMARY_CHAPTER = 1;

    private final int maxColumns;

    /** @param maxColumns most indicator columns one table holds before the category is split into several tables */
    public YearbookTables(int maxColumns) {
        if (maxColumns < 1) {
            throw new IllegalArgumentException("maxColumns must be at least 1");
        }
        this.maxColumns = maxColumns;
    }

    public List<ChapterTables> plan(Yearbook yearbook) {
        List<ChapterTables> chapters = new ArrayList<>();
        chapters.add(new ChapterTables(SUMMARY_CHAPTER, YearbookText.get("chapter.summary"), null,
                SummaryTables.of(yearbook)));
        int number = SUMMARY_CHAPTER;
        for (CategoryFigures category : yearbook.categories()) {
            number++;
            chapters.add(new ChapterTables(number, category.category(), category,
                    new CategoryTables(yearbook, category, number, maxColumns).tables()));
        }
        return chapters;
    }
}
