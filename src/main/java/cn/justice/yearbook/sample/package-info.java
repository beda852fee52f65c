/**
 * Realistic township workbooks for trying and testing the pipeline: {@link cn.justice.yearbook.sample.TownshipWorkbookWriter}
 * writes one filled-in workbook the way staff fill them (template or home-made layouts, values typed as people type
 * them), and {@link cn.justice.yearbook.sample.SampleInputGenerator} fills an input folder with several years of them,
 * with a few deliberate mistakes (listed in docs/sample-input.md).
 */
package cn.justice.yearbook.sample;
