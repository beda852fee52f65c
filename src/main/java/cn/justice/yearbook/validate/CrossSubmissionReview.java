package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two checks that compare a submission with others, as statistics offices require a written
 * explanation for both: a big change against the township's own previous year, and a value far from
 * the county's other townships (modified z-score on the median absolute deviation, Iglewicz–Hoaglin).
 * Pure: given the same values it gives the same findings, so it can be recomputed after every run.
 */
public class CrossSubmissionReview {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Φ⁻¹(0.75): makes the MAD comparable to a standard deviation. */
    private static final BigDecimal MAD_SCALE = new BigDecimal("0.6745");
    /** For MAD = 0 (more than half the townships agree exactly): mean absolute deviation × 1.2533, as Iglewicz and Hoaglin advise. */
    private static final BigDecimal MEAN_AD_SCALE = new BigDecimal("0.7979");

    private final Catalogue catalogue;
    private final BigDecimal yoyMinChange;
    private final int peerMinTownships;
    private final BigDecimal peerThreshold;
    private final BigDecimal peerMinDeviation;

    /**
     * @param peerMinDeviation how far from the median (as a share of it) a value must also be to be
     *                         called an outlier; without it, 41 among six townships reporting 40 would be one
     */
    public CrossSubmissionReview(Catalogue catalogue, BigDecimal yoyMinChange, int peerMinTownships, BigDecimal peerThreshold,
                                 BigDecimal peerMinDeviation) {
        this.catalogue = catalogue;
        this.yoyMinChange = yoyMinChange;
        this.peerMinTownships = peerMinTownships;
        this.peerThreshold = peerThreshold;
        this.peerMinDeviation = peerMinDeviation;
    }

    public List<SubmissionFinding> review(List<ValueOnRecord> values) {
        List<SubmissionFinding> findings = new ArrayList<>();
        yearOverYear(values, findings);
        peers(values, findings);
        return findings;
    }

    private void yearOverYear(List<ValueOnRecord> values, List<SubmissionFinding> out) {
        Map<String, ValueOnRecord> index = new HashMap<>();
        values.forEach(v -> index.put(key(v.county(), v.township(), v.year(), v.code()), v));
        for (ValueOnRecord current : values) {
            Indicator indicator = catalogue.find(current.code()).orElse(null);
            if (indicator == null || indicator.yoyThreshold() == null) {
                continue;
            }
            ValueOnRecord previous = index.get(key(current.county(), current.township(), current.year() - 1, current.code()));
            if (previous == null || !isSwing(indicator.yoyThreshold(), previous.number(), current.number())) {
                continue;
            }
            out.add(new SubmissionFinding(current.submissionId(), finding(Rule.YEAR_OVER_YEAR, current,
                    indicator.name(), Numbers.plain(current.number()), Integer.toString(previous.year()),
                    Numbers.plain(previous.number()), describeChange(previous.number(), current.number()))));
        }
    }

    private boolean isSwing(BigDecimal threshold, BigDecimal previous, BigDecimal current) {
        BigDecimal change = current.subtract(previous).abs();
        if (threshold.signum() == 0) {
            return change.signum() != 0;
        }
        if (change.compareTo(yoyMinChange) < 0) {
            return false;
        }
        if (previous.signum() == 0) {
            return true;
        }
        return change.divide(previous.abs(), MC).compareTo(threshold) > 0;
    }

    private static String describeChange(BigDecimal previous, BigDecimal current) {
        if (previous.signum() == 0) {
            return "由 0 变为 " + Numbers.plain(current);
        }
        BigDecimal pct = current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        return (pct.signum() >= 0 ? "增加 " : "减少 ") + pct.abs().toPlainString() + "%";
    }

    private void peers(List<ValueOnRecord> values, List<SubmissionFinding> out) {
        Map<String, List<ValueOnRecord>> groups = new HashMap<>();
        // peers are the other townships of the same county
        values.forEach(v -> groups.computeIfAbsent(v.county() + "|" + v.year() + "|" + v.code(), k -> new ArrayList<>()).add(v));
        groups.values().stream()
                .sorted(Comparator.comparing((List<ValueOnRecord> g) -> g.get(0).year())
                        .thenComparing(g -> g.get(0).county(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(g -> g.get(0).code()))
                .forEach(group -> peerGroup(group, out));
    }

    private void peerGroup(List<ValueOnRecord> group, List<SubmissionFinding> out) {
        if (group.size() < peerMinTownships) {
            return;
        }
        List<BigDecimal> numbers = group.stream().map(ValueOnRecord::number).sorted().toList();
        BigDecimal median = median(numbers);
        List<BigDecimal> deviations = numbers.stream().map(n -> n.subtract(median).abs()).sorted().toList();
        BigDecimal spread = median(deviations).divide(MAD_SCALE, MC);
        if (spread.signum() == 0) {
            BigDecimal meanAd = deviations.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(deviations.size()), MC);
            spread = meanAd.divide(MEAN_AD_SCALE, MC);
        }
        if (spread.signum() == 0) {
            return;
        }
        Indicator indicator = catalogue.get(group.get(0).code());
        BigDecimal material = yoyMinChange.max(median.abs().multiply(peerMinDeviation));
        for (ValueOnRecord v : group) {
            BigDecimal distance = v.number().subtract(median).abs();
            BigDecimal z = distance.divide(spread, MC);
            if (z.compareTo(peerThreshold) > 0 && distance.compareTo(material) >= 0) {
                out.add(new SubmissionFinding(v.submissionId(), finding(Rule.PEER_OUTLIER, v, indicator.name(),
                        Numbers.plain(v.number()), Numbers.plain(median.setScale(1, RoundingMode.HALF_UP)),
                        Integer.toString(group.size()))));
            }
        }
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
    }

    private static Finding finding(Rule rule, ValueOnRecord value, Object... args) {
        return Messages.finding(rule, value.code(), value.sheet(), value.cell(), args).explainedBy(value.note());
    }

    private static String key(String county, String township, int year, String code) {
        return county + "|" + township + "|" + year + "|" + code;
    }
}
