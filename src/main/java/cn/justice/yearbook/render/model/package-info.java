/**
 * The boundary between aggregation and rendering: what one edition of the yearbook says, already
 * summed and checked. The aggregation step fills these records; the renderers only lay them out and
 * never compute a county figure themselves.
 */
package cn.justice.yearbook.render.model;
