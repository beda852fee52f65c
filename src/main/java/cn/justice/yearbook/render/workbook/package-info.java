/**
 * Workbooks the pipeline hands to staff: the fill-in template each township receives
 * ({@link cn.justice.yearbook.render.workbook.TemplateWriter}), and the way every generated workbook
 * is put on disk ({@link cn.justice.yearbook.render.workbook.WorkbookFiles}: atomically, reproducibly).
 */
package cn.justice.yearbook.render.workbook;
