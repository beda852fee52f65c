package cn.justice.yearbook.render.pdf;

/** The yearbook's type scale: which face (宋体-like body or 黑体-like heading) at which size. */
enum TextStyle {
    COVER_COUNTY(true, 26),
    COVER_TITLE(true, 32),
    COVER_YEAR(true, 22),
    COVER_BUREAU(true, 16),
    CHAPTER(true, 18),
    SECTION(true, 12),
    CAPTION(true, 11),
    BODY(false, 10.5f),
    NOTE(false, 8.5f),
    TABLE_HEAD(true, 8.5f),
    TABLE_CELL(false, 9),
    TABLE_TOTAL(true, 9),
    RUNNING(false, 8.5f),
    CONTENTS_CHAPTER(true, 11),
    CONTENTS_ENTRY(false, 10);

    private final boolean heading;
    private final float size;

    TextStyle(boolean heading, float size) {
        this.heading = heading;
        this.size = size;
    }

    boolean heading() {
        return heading;
    }

    float size() {
        return size;
    }

    float leading() {
        return size * 1.5f;
    }
}
