package cn.justice.yearbook.render.model;

import java.time.LocalDate;

/**
 * The title-page facts of an edition.
 *
 * @param county     the county, e.g. 云溪县
 * @param bureau     the compiling body, e.g. 云溪县司法局
 * @param year       the statistical year the yearbook reports on
 * @param compiledOn the date printed on the cover
 */
public record Edition(String county, String bureau, int year, LocalDate compiledOn) {

    /** 云溪县2025年法治政府建设统计年鉴 */
    public String title() {
        return county + year + "年法治政府建设统计年鉴";
    }
}
