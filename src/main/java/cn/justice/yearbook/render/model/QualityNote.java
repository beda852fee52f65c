package cn.justice.yearbook.render.model;

/**
 * One finding as the data-quality appendix prints it.
 *
 * @param indicator   the indicator's name, or null for a finding about the whole submission
 * @param message     the finding's Chinese message
 * @param explanation the township's explanation (说明) of a warning, or null
 */
public record QualityNote(String indicator, String message, String explanation) {
}
