/**
 * The yearbook's charts (JFreeChart), built from plain values and drawn with the font they are
 * given, so the PDF layer can draw them as vectors with the embedded face.
 */
package cn.justice.yearbook.render.chart;
