package cn.justice.yearbook.render.table;

import cn.justice.yearbook.render.model.Figure;

/** A cell of a table body: a number with its style, or a short text (a unit, a name). */
public sealed interface Cell {

    record Number(Figure figure, NumberStyle style) implements Cell {
    }

    record Text(String text) implements Cell {
    }

    static Cell number(Figure figure, NumberStyle style) {
        return new Number(figure, style);
    }

    static Cell text(String text) {
        return new Text(text);
    }
}
