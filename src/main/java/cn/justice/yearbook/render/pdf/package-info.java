/**
 * The PDF statistical yearbook (OpenPDF): cover, 编辑说明, contents with real page numbers,
 * chapters of tables and vector charts, appendices; every glyph from embedded subset TrueType fonts.
 * The entry point is {@link cn.justice.yearbook.render.pdf.YearbookPdfRenderer}.
 */
package cn.justice.yearbook.render.pdf;
