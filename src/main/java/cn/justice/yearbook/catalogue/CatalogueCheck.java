package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.finding.Severity;

import java.util.List;

/**
 * A relation between indicators declared in the catalogue as a SpEL expression over indicator codes,
 * for example {@code MED_MEDIATORS >= 3 * MED_COMMITTEES}.
 *
 * @param ruleId     stable id used in findings, derived from the owning indicator
 * @param severity   what a violation means
 * @param expression the SpEL text as written in the catalogue
 * @param ownerCode  the indicator whose row the catalogue lists it on; findings point at its cell
 * @param codes      every indicator code the expression refers to, owner first
 */
public record CatalogueCheck(String ruleId, Severity severity, String expression, String ownerCode, List<String> codes) {
}
