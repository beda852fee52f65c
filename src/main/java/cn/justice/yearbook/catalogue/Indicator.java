package cn.justice.yearbook.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the indicator catalogue.
 *
 * @param yoyThreshold relative change against the previous year above which a written explanation is
 *                     required (0.5 = ±50%); zero means any change needs one; null means no check
 */
public record Indicator(
        String code,
        String name,
        List<String> aliases,
        String category,
        String unit,
        IndicatorType type,
        String definition,
        String numeratorCode,
        String denominatorCode,
        boolean required,
        boolean key,
        BigDecimal yoyThreshold,
        List<CatalogueCheck> checks,
        String notes) {

    /** A rate defined as numerator / denominator × 100, so it can be checked against and rebuilt from counts. */
    public boolean isRatio() {
        return numeratorCode != null && denominatorCode != null;
    }

    public boolean isPercent() {
        return type == IndicatorType.PERCENT;
    }

    /** Whether county totals are sums of township values (counts and amounts, never rates). */
    public boolean isAdditive() {
        return type != IndicatorType.PERCENT;
    }
}
