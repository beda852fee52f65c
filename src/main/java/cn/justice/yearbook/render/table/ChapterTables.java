package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.model.CategoryFigures;

import java.util.List;

/**
 * The tables of one chapter.
 *
 * @param number   the chapter's number (1 is 综合; categories follow from 2)
 * @param title    the chapter's title
 * @param category the category the chapter reports on, or null for 综合
 * @param tables   the chapter's tables in order
 */
public record ChapterTables(int number, String title, CategoryFigures category, List<StatTable> tables) {

    public ChapterTables {
        tables = List.copyOf(tables);
    }
}
