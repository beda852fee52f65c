package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueCheck;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.sample.FileDraft.Habits;
import cn.justice.yearbook.sample.FileDraft.RateHabit;
import cn.justice.yearbook.sample.TownshipProfile.Kind;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who does what in the sample: which townships keep a home-made layout (a 街道 its own table, the last
 * 乡 an old .xls form, another 乡 a plain list in the first and latest years), how each types, and which
 * township makes which deliberate mistake in the latest year. Roles go by position in the county list,
 * so they are the same for every seed; the figures are what the seed changes.
 */
final class SamplePlan {

    private static final List<Mistake> IN_TURN = List.of(Mistake.SUCCESSES_EXCEED_CASES, Mistake.REQUIRED_LEFT_BLANK,
            Mistake.RESUBMISSION, Mistake.PEER_OUTLIER, Mistake.SWING_UNEXPLAINED, Mistake.EXCEL_LOCK_FILE);

    private final Map<Integer, Layout> layouts = new HashMap<>();
    private Integer occasionallyHeaderless;
    private final Map<Integer, Mistake> mistakes = new LinkedHashMap<>();
    private final Map<Integer, Habits> habits = new HashMap<>();

    private SamplePlan() {
    }

    static SamplePlan make(List<TownshipProfile> townships, Catalogue catalogue, SampleFigures figures, Draws draws, int latestYear) {
        SamplePlan plan = new SamplePlan();
        List<TownshipProfile> left = new ArrayList<>(townships);
        List<TownshipProfile> streets = left.stream().filter(t -> t.kind() == Kind.STREET).toList();
        TownshipProfile freeForm = streets.size() >= 2 ? streets.get(1) : left.get(0);
        left.remove(freeForm);
        plan.layouts.put(freeForm.index(), Layout.FREE_FORM);
        if (!left.isEmpty()) {
            plan.layouts.put(left.remove(left.size() - 1).index(), Layout.LEGACY_XLS);
        }
        if (!left.isEmpty()) {
            plan.occasionallyHeaderless = left.remove(left.size() - 1).index();
        }

        // mistakes go to towns first: their figures sit mid-range, so one planted mistake does not trip another check
        List<TownshipProfile> pool = new ArrayList<>(left);
        pool.sort(Comparator.comparingInt(t -> t.kind() == Kind.STREET ? 2 : t.kind() == Kind.XIANG ? 1 : 0));
        plan.assign(catalogue, Mistake.SWING_EXPLAINED,
                pool.stream().filter(t -> t.kind() == Kind.STREET).findFirst().orElse(pool.isEmpty() ? null : pool.get(0)), pool);
        plan.assign(catalogue, Mistake.APPROXIMATE_COUNT, freeForm, pool);
        plan.assign(catalogue, Mistake.RATE_UNREACHABLE, pool.stream().filter(t -> t.kind() != Kind.STREET)
                .min(Comparator.comparingLong(t -> Math.abs(casesIn(figures, t, latestYear) - 53))).orElse(null), pool);
        for (Mistake mistake : IN_TURN) {
            plan.assign(catalogue, mistake, pool.isEmpty() ? null : pool.get(0), pool);
        }

        Integer formulaUser = pool.isEmpty() ? null : pool.get(0).index();
        Set<String> optional = optionalIndicators(catalogue);
        for (TownshipProfile t : townships) {
            Draws.Stream stream = draws.stream(t.index(), "habits");
            double r = stream.between(0.0, 1.0);
            RateHabit rates = Integer.valueOf(t.index()).equals(formulaUser) ? RateHabit.FORMULA
                    : r < 0.5 ? RateHabit.BLANK : r < 0.8 ? RateHabit.NUMBER : RateHabit.PERCENT_CELL;
            List<String> candidates = new ArrayList<>(optional);
            Set<String> neverReported = new TreeSet<>();
            for (int n = stream.between(0, 3); n > 0 && !candidates.isEmpty(); n--) {
                neverReported.add(candidates.remove(stream.between(0, candidates.size() - 1)));
            }
            plan.habits.put(t.index(), new Habits(rates, stream.chance(0.4), Set.copyOf(neverReported)));
        }
        return plan;
    }

    Layout layout(TownshipProfile township, int year, int fromYear, int toYear) {
        if (Integer.valueOf(township.index()).equals(occasionallyHeaderless)) {
            return year == fromYear || year == toYear ? Layout.HEADERLESS : Layout.TEMPLATE;
        }
        return layouts.getOrDefault(township.index(), Layout.TEMPLATE);
    }

    /** Keeps the first {@code n} mistakes as assigned, drops the rest (a controlled share at any scale). */
    void keepMistakes(int n) {
        var assigned = mistakes.values().iterator();
        for (int i = 0; assigned.hasNext(); i++) {
            assigned.next();
            if (i >= n) {
                assigned.remove();
            }
        }
    }

    /** The township's mistake in the latest year, or null. */
    Mistake mistakeOf(TownshipProfile township) {
        return mistakes.get(township.index());
    }

    Habits habits(TownshipProfile township) {
        return habits.get(township.index());
    }

    private void assign(Catalogue catalogue, Mistake mistake, TownshipProfile township, List<TownshipProfile> pool) {
        if (township != null && mistake.fitsCatalogue(catalogue) && !mistakes.containsKey(township.index())) {
            mistakes.put(township.index(), mistake);
            pool.remove(township);
        }
    }

    private static long casesIn(SampleFigures figures, TownshipProfile township, int year) {
        var cases = figures.of(township, year).get("MED_CASES");
        return cases == null ? Long.MAX_VALUE / 2 : cases.longValue();
    }

    /** Indicators a township may simply not report without tripping any relation: optional counts outside every rate and check. */
    private static Set<String> optionalIndicators(Catalogue catalogue) {
        Set<String> involved = new HashSet<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.isRatio()) {
                involved.add(indicator.numeratorCode());
                involved.add(indicator.denominatorCode());
            }
        }
        for (CatalogueCheck check : catalogue.checks()) {
            involved.addAll(check.codes());
        }
        for (Mistake mistake : Mistake.values()) {
            involved.addAll(mistake.codes());
        }
        Set<String> optional = new TreeSet<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (!indicator.required() && !indicator.isPercent() && !involved.contains(indicator.code())) {
                optional.add(indicator.code());
            }
        }
        return optional;
    }
}
