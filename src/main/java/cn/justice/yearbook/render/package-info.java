/**
 * Turns the aggregated yearbook ({@link cn.justice.yearbook.render.model.Yearbook}) into what county
 * leaders read: the PDF statistical yearbook and its companion workbook. Settings are
 * {@link cn.justice.yearbook.render.RenderProperties} ({@code yearbook.render.*}).
 */
package cn.justice.yearbook.render;
