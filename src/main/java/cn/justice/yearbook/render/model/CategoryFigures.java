package cn.justice.yearbook.render.model;

import java.util.List;

/**
 * The figures of one catalogue category (组织领导, 学法用法, …): one chapter of the yearbook.
 *
 * @param category   the category's name as the catalogue spells it
 * @param indicators the category's indicators in catalogue order
 */
public record CategoryFigures(String category, List<IndicatorFigures> indicators) {

    public CategoryFigures {
        indicators = List.copyOf(indicators);
    }
}
