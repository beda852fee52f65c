/**
 * The yearbook's numbered tables, laid out once from the model and printed twice: into the PDF
 * and into the companion workbook, so the two always agree.
 */
package cn.justice.yearbook.render.table;
