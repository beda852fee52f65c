package cn.justice.yearbook.render;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the yearbook renderers, bound from {@code yearbook.render.*}.
 *
 * @param fonts      the font files the PDF embeds and the charts draw with
 * @param maxColumns most indicator columns in one table; a category with more is split into several tables
 */
@ConfigurationProperties("yearbook.render")
public record RenderProperties(@DefaultValue Fonts fonts, @DefaultValue("7") int maxColumns) {

    /**
     * Each font is a TrueType file (.ttf) or collection (.ttc, with {@code ,N} naming the face),
     * given as a path or as {@code classpath:...}. CFF-based OpenType fonts (.otf, Noto Sans CJK)
     * do not subset correctly in OpenPDF and are refused.
     *
     * @param body    宋体-like face for Chinese body text and table cells (e.g. C:/Windows/Fonts/simsun.ttc,0)
     * @param heading 黑体-like face for titles, table headings and chart labels (e.g. C:/Windows/Fonts/simhei.ttf)
     * @param figures face for digits and Latin letters in body text and tables
     */
    public record Fonts(
            @DefaultValue(DEFAULT_BODY) String body,
            @DefaultValue(DEFAULT_SANS) String heading,
            @DefaultValue(DEFAULT_SANS) String figures) {

        public static final String DEFAULT_BODY = "classpath:fonts/gbsn00lp.ttf";
        public static final String DEFAULT_SANS = "classpath:fonts/wqy-microhei.ttc,0";

        public static Fonts defaults() {
            return new Fonts(DEFAULT_BODY, DEFAULT_SANS, DEFAULT_SANS);
        }
    }

    public static RenderProperties defaults() {
        return new RenderProperties(Fonts.defaults(), 7);
    }
}
