package cn.justice.yearbook.render.pdf;

/**
 * A line of the contents and a bookmark.
 *
 * @param id    the anchor's tag
 * @param level 1 for chapters and appendices, 2 for tables and charts
 * @param title the text shown
 * @param listed whether the contents page lists it (the cover and the contents are bookmarked only)
 */
record ContentsEntry(String id, int level, String title, boolean listed) {
}
