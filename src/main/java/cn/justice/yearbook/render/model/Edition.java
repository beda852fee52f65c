package cn.justice.yearbook.render.model;

import java.time.LocalDate;

/**
 * The title-page facts of an edition.
 *
 * @param county     the county, e.g. 云溪县; for a prefecture's roll-up, the prefecture
 * @param bureau     the compiling body, e.g. 云溪县司法局
 * @param year       the statistical year the yearbook reports on
 * @param compiledOn the date printed on the cover
 * @param level      whose figures the rows are: a county's townships, or a prefecture's counties
 */
public record Edition(String county, String bureau, int year, LocalDate compiledOn, Level level) {

    /** What a yearbook's rows are, and so how it words them (render/yearbook.properties: level.*). */
    public enum Level {
        /** A county yearbook: rows are 乡镇（街道）, the total is 全县. */
        COUNTY,
        /** A prefecture's roll-up: rows are 县（市、区）, the total is 全市. */
        PREFECTURE
    }

    public Edition(String county, String bureau, int year, LocalDate compiledOn) {
        this(county, bureau, year, compiledOn, Level.COUNTY);
    }

    /** 云溪县2025年法治政府建设统计年鉴 */
    public String title() {
        return title(county, year);
    }

    /** The title of a county's (or a prefecture's) yearbook of the year. */
    public static String title(String county, int year) {
        return county + year + "年法治政府建设统计年鉴";
    }
}
