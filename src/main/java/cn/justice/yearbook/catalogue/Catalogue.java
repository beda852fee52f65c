package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.common.Labels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicator catalogue: what townships report, in catalogue order, with lookup by code, name and alias. */
public final class Catalogue {

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, Indicator> byLabel = new LinkedHashMap<>();
    private final List<String> categories;
    private final List<CatalogueCheck> checks;

    Catalogue(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        var cats = new LinkedHashSet<String>();
        for (Indicator indicator : indicators) {
            byCode.put(indicator.code(), indicator);
            cats.add(indicator.category());
        }
        for (Indicator indicator : indicators) {
            byLabel.putIfAbsent(Labels.key(indicator.code()), indicator);
            byLabel.putIfAbsent(Labels.key(indicator.name()), indicator);
            indicator.aliases().forEach(alias -> byLabel.putIfAbsent(Labels.key(alias), indicator));
        }
        this.categories = List.copyOf(cats);
        this.checks = this.indicators.stream().flatMap(i -> i.checks().stream()).toList();
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<String> categories() {
        return categories;
    }

    public List<Indicator> inCategory(String category) {
        return indicators.stream().filter(i -> i.category().equals(category)).toList();
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Indicator get(String code) {
        Indicator indicator = byCode.get(code);
        if (indicator == null) {
            throw new IllegalArgumentException("Unknown indicator code " + code);
        }
        return indicator;
    }

    /** Finds the indicator a workbook label names: its code, its name or one of its aliases, as typed. */
    public Optional<Indicator> matchLabel(String label) {
        if (Labels.isBlank(label)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLabel.get(Labels.key(label)));
    }

    /** The rates whose numerator or denominator is the given indicator. */
    public List<Indicator> ratiosUsing(String code) {
        List<Indicator> result = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.isRatio() && (code.equals(indicator.numeratorCode()) || code.equals(indicator.denominatorCode()))) {
                result.add(indicator);
            }
        }
        return Collections.unmodifiableList(result);
    }

    public List<CatalogueCheck> checks() {
        return checks;
    }

    public int size() {
        return indicators.size();
    }
}
