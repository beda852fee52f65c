/**
 * The boundary between aggregation and rendering: what one edition of the yearbook says, already
 * summed and checked. The aggregation step fills these records; the renderers lay them out and never
 * add up or divide township figures into county ones (they only derive what a reader needs to compare:
 * the change on last year, the per-township average a chart marks).
 */
package cn.justice.yearbook.render.model;
