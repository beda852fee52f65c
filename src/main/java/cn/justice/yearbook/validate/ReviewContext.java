package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.ingest.ReportedValue;
import cn.justice.yearbook.ingest.WorkbookReading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one submission's review: which row stands for each indicator, which values are
 * still usable, and what has been found so far. Rules read values through it and mark them unusable.
 */
final class ReviewContext {

    private final Catalogue catalogue;
    private final WorkbookReading reading;
    private final Map<String, ReportedValue> byCode = new LinkedHashMap<>();
    private final Set<ReportedValue> unusable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Finding> findings;

    ReviewContext(Catalogue catalogue, WorkbookReading reading) {
        this.catalogue = catalogue;
        this.reading = reading;
        this.findings = new ArrayList<>(reading.findings());
        resolveDuplicates();
    }

    /** An indicator on several rows: the same value counts once; different values count not at all. */
    private void resolveDuplicates() {
        Map<String, List<ReportedValue>> rows = new LinkedHashMap<>();
        reading.values().forEach(v -> rows.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v));
        rows.forEach((code, list) -> {
            ReportedValue first = list.get(0);
            byCode.put(code, first);
            if (list.size() == 1) {
                return;
            }
            String cells = String.join("、", list.stream().map(ReportedValue::cell).toList());
            boolean same = list.stream().allMatch(v -> sameValue(v, first));
            if (same) {
                list.subList(1, list.size()).forEach(unusable::add);
                add(Messages.finding(Rule.DUPLICATE_INDICATOR_SAME, code, first.sheet(), list.get(1).cell(),
                        first.indicator().name(), cells));
            } else {
                unusable.addAll(list);
                String values = String.join("、", list.stream().map(ReportedValue::display).toList());
                add(Messages.finding(Rule.DUPLICATE_INDICATOR, code, first.sheet(), first.cell(),
                        first.indicator().name(), cells, values));
            }
        });
    }

    private static boolean sameValue(ReportedValue a, ReportedValue b) {
        if (a.parsed().hasValue() && b.parsed().hasValue()) {
            return a.parsed().number().compareTo(b.parsed().number()) == 0;
        }
        return a.parsed().status() == b.parsed().status() && a.display().equals(b.display());
    }

    Catalogue catalogue() {
        return catalogue;
    }

    WorkbookReading reading() {
        return reading;
    }

    /** The row standing for an indicator, if the submission has one. */
    Optional<ReportedValue> reported(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The indicator's number, if it was reported and nothing so far ruled it out. */
    Optional<BigDecimal> number(String code) {
        ReportedValue value = byCode.get(code);
        if (value == null || unusable.contains(value) || !value.parsed().hasValue()) {
            return Optional.empty();
        }
        return Optional.of(value.parsed().number());
    }

    Iterable<ReportedValue> standingValues() {
        return byCode.values();
    }

    void exclude(String code) {
        ReportedValue value = byCode.get(code);
        if (value != null) {
            unusable.add(value);
        }
    }

    void exclude(ReportedValue value) {
        unusable.add(value);
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    /** A finding about one indicator, pointing at its value cell when the submission has a row for it. */
    Finding finding(Rule rule, Indicator indicator, Object... args) {
        ReportedValue row = byCode.get(indicator.code());
        return Messages.finding(rule, indicator.code(), row == null ? reading.sheet() : row.sheet(),
                row == null ? null : row.cell(), args);
    }

    List<ReviewedValue> reviewedValues() {
        return reading.values().stream()
                .map(v -> new ReviewedValue(v, v.parsed().hasValue() && !unusable.contains(v)))
                .toList();
    }

    /** Findings with warnings marked explained where their row's 说明 says why. */
    List<Finding> findings() {
        return findings.stream().map(f -> {
            ReportedValue row = f.code() == null ? null : byCode.get(f.code());
            return row == null ? f : f.explainedBy(row.note());
        }).toList();
    }
}
