package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.catalogue.IndicatorType;
import cn.justice.yearbook.sample.TownshipProfile.Kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The true figures of a township in a year, before anyone types them. Scales follow the four real
 * township reports (shared/reference/report-figures.csv: 40–211 disputes, 17–50余 publicity events,
 * 2000余–2万 leaflets, 11 enforcement staff, 72 delegated powers …), and the relations every honest
 * report satisfies hold: successes ≤ cases ≤ screened, closed ≤ received, certified ≤ staff,
 * attendance ≥ sessions, mediators ≥ 3 × committees, committees and stations ≤ villages + 1,
 * rates equal to their counts. Year-to-year changes stay modest (a drifting trend and a few percent of noise)
 * so that only the deliberate swings of {@link SamplePlan} stand out.
 * Indicators this model does not know (a catalogue extended later) get a generic count.
 */
final class SampleFigures {

    /** Year at which a township's trend factor is 1. */
    private static final int ANCHOR_YEAR = 2024;

    private final Catalogue catalogue;
    private final Draws draws;

    SampleFigures(Catalogue catalogue, Draws draws) {
        this.catalogue = catalogue;
        this.draws = draws;
    }

    /** Counts as whole numbers and rates to one decimal, keyed by code in catalogue order; a rate whose base is 0 is absent. */
    Map<String, BigDecimal> of(TownshipProfile township, int year) {
        Model m = new Model(township, year);
        m.compute();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.isRatio()) {
                continue;
            }
            Long value = m.values.get(indicator.code());
            long count = value != null ? value : m.flow(indicator.code(), 10 * township.size());
            figures.put(indicator.code(), BigDecimal.valueOf(count));
        }
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.isRatio()) {
                BigDecimal rate = rate(figures.get(indicator.numeratorCode()), figures.get(indicator.denominatorCode()));
                if (rate != null) {
                    figures.put(indicator.code(), rate);
                }
            } else if (indicator.type() == IndicatorType.PERCENT) {
                figures.put(indicator.code(), BigDecimal.valueOf(m.stream(indicator.code()).between(900, 1000), 1));
            }
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        catalogue.indicators().forEach(i -> {
            if (figures.containsKey(i.code())) {
                ordered.put(i.code(), figures.get(i.code()));
            }
        });
        return ordered;
    }

    /** numerator ÷ denominator × 100, one decimal, half up (as Excel's ROUND does for positive numbers). */
    static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    private final class Model {
        final TownshipProfile t;
        final int year;
        final double s;
        final boolean street;
        final Map<String, Long> values = new LinkedHashMap<>();

        Model(TownshipProfile t, int year) {
            this.t = t;
            this.year = year;
            this.s = t.size();
            this.street = t.kind() == Kind.STREET;
        }

        void compute() {
            int villages = t.villages();
            put("ORG_LAW_MEETINGS", small("ORG_LAW_MEETINGS", 2, 6));
            put("STUDY_LEADER_SESSIONS", small("STUDY_LEADER_SESSIONS", 4, 8));
            long sessions = put("STUDY_TRAIN_SESSIONS", flow("STUDY_TRAIN_SESSIONS", 8 * Math.sqrt(s)));
            put("STUDY_TRAIN_ATTEND", Math.max(sessions, flow("STUDY_TRAIN_ATTEND", 8 * Math.sqrt(s) * fixed("attend", 22, 40))));
            long required = put("STUDY_EXAM_REQUIRED", t.cadres() + small("STUDY_EXAM_REQUIRED", -2, 3));
            put("STUDY_EXAM_TAKEN", required - small("STUDY_EXAM_TAKEN", 0, 2));

            put("PUB_EVENTS", flow("PUB_EVENTS", 24 * s));
            put("PUB_MATERIALS", flow("PUB_MATERIALS", 3000 * s) / 10 * 10);
            put("PUB_YOUTH_EVENTS", flow("PUB_YOUTH_EVENTS", 6 * Math.sqrt(s)));
            put("PUB_CULTURE_SITES", Math.min(villages + 1, 1 + villages / fixed("sites", 3, 6) + grown("sites", 0.4)));
            put("LMBR_COUNT", (long) villages * fixed("lmbr", 3, 5) + grown("lmbr", 2.0));
            put("LMBR_TRAININGS", small("LMBR_TRAININGS", 2, 5));

            put("ADMIN_VILLAGES", villages);
            put("PLS_STATIONS", villages + fixed("stations", 0, 1));
            put("PLS_ADVISOR_VILLAGES", villages - (year < ANCHOR_YEAR && fixed("advisors", 0, 2) == 0 ? 1 : 0));
            put("PLS_GOV_ADVISOR", street ? fixed("gov-advisor", 1, 2) : 1);
            put("PLS_CONSULTS", flow("PLS_CONSULTS", 160 * s * (street ? 1.1 : 1)));
            put("LA_CASES", flow("LA_CASES", 8 * s));

            long committees = put("MED_COMMITTEES", villages + 1);
            put("MED_MEDIATORS", committees * fixed("mediators", 4, 6) + small("MED_MEDIATORS", -2, 2));
            put("MED_TRAININGS", small("MED_TRAININGS", 1, 4));
            long cases = flow("MED_CASES", 55 * s * (street ? 1.1 : 1));
            put("MED_SCREENED", Math.round(cases * fixed("screened", 105, 125) / 100.0 * stream("MED_SCREENED@" + year).between(0.98, 1.02)));
            put("MED_SCREENED", Math.max(values.get("MED_SCREENED"), cases));
            put("MED_CASES", cases);
            double successRate = Math.min(1.0, fixed("success", 900, 990) / 1000.0 + stream("MED_SUCCESS@" + year).between(-0.01, 0.01));
            put("MED_SUCCESS", (long) Math.floor(cases * successRate));

            long received = put("PET_RECEIVED", flow("PET_RECEIVED", 10 * s * (street ? 1.2 : 1)));
            put("PET_CLOSED", Math.max(0, received - small("PET_CLOSED", 0, 2)));
            put("PET_BACKLOG_RESOLVED", small("PET_BACKLOG_RESOLVED", 0, 3));

            long staff = put("ENF_STAFF", Math.round(fixed("staff", 7, 10) * Math.sqrt(s)) + small("ENF_STAFF", -1, 1));
            put("ENF_CERTIFIED", staff - small("ENF_CERTIFIED", 0, 2));
            put("ENF_POWERS", 60 + fixed("powers", 0, 30) + (long) (year - 2020) * fixed("powers-growth", 2, 5));
            long penalties = put("ENF_PENALTY_CASES", flow("ENF_PENALTY_CASES", 12 * s * (street ? 1.15 : 1)));
            put("ENF_FILE_REVIEWS", Math.min(penalties, small("ENF_FILE_REVIEWS", 2, 6)));

            long suits = put("LIT_SUITS", small("LIT_SUITS", 0, street ? 3 : 2));
            put("LIT_HEAD_APPEAR", suits > 0 && stream("LIT_HEAD_APPEAR@" + year).chance(0.3) ? suits - 1 : suits);
            put("LIT_REVIEWS", small("LIT_REVIEWS", 0, 1));
            long major = put("DEC_MAJOR", small("DEC_MAJOR", 1, 4));
            put("DEC_LEGAL_REVIEWS", major + fixed("reviews", 3, 8) + small("DEC_LEGAL_REVIEWS", 0, 1));

            put("GOV_SERVICE_ITEMS", fixed("items", 40, 150) + grown("items", 4.0));
            put("GOV_AGENTS", (long) villages * fixed("agents", 1, 2) + 2);
            put("GOV_PROXY_CASES", flow("GOV_PROXY_CASES", 110 * s));

            put("CC_SUBJECTS", flow("CC_SUBJECTS", 14 * s));
            put("CC_LOST", 0);
            long placed = put("RS_SUBJECTS", flow("RS_SUBJECTS", 40 * s));
            put("RS_PLACED", Math.max(0, placed - small("RS_PLACED", 0, 2)));
        }

        long put(String code, long value) {
            values.put(code, value);
            return value;
        }

        /** A yearly quantity: the township's own level and trend, and a little noise each year. */
        long flow(String code, double mean) {
            Draws.Stream own = stream(code);
            double level = own.between(0.9, 1.1);
            double trend = own.between(-0.02, 0.06);
            double noise = stream(code + "@" + year).between(0.95, 1.05);
            return Math.max(0, Math.round(mean * level * Math.pow(1 + trend, year - ANCHOR_YEAR) * noise));
        }

        /** A small count drawn afresh each year. */
        int small(String purpose, int low, int high) {
            return stream(purpose + "@" + year).between(low, high);
        }

        /** A township constant. */
        int fixed(String purpose, int low, int high) {
            return stream("fixed:" + purpose).between(low, high);
        }

        /** Something that only grows: up to {@code perYear} more each year since 2020. */
        long grown(String purpose, double perYear) {
            return (long) Math.floor((year - 2020) * stream("grows:" + purpose).between(0, perYear));
        }

        Draws.Stream stream(String purpose) {
            return draws.stream(t.index(), purpose);
        }
    }
}
