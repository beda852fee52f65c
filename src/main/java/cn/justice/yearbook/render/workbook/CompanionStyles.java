package cn.justice.yearbook.render.workbook;

/** The companion workbook's looks of cells, one per kind of cell. */
final class CompanionStyles {

    private static final CellLook BASE = CellLook.PLAIN.valign("center");
    private static final CellLook BODY = BASE.font("宋体", 10);
    private static final CellLook BOLD = BASE.font("黑体", 10);

    static final CellLook CAPTION = BASE.font("黑体", 12).align("center");
    static final CellLook HEADING = BOLD.align("center").wrapped().borders("medium", "thin");
    static final CellLook NOTE = BASE.font("宋体", 9).align("left");

    private CompanionStyles() {
    }

    /** @param alignment {@code left}, {@code center} or {@code right} */
    static CellLook text(boolean strong, String alignment) {
        return (strong ? BOLD : BODY).align(alignment);
    }

    static CellLook number(boolean strong, String format) {
        return (strong ? BOLD : BODY).align("right").format(format);
    }

    /** The look with the table's closing rule underneath. */
    static CellLook closing(CellLook look) {
        return look.borders(look.topBorder(), "medium");
    }
}
