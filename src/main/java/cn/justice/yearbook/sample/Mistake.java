package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * The deliberate mistakes of the sample's latest year, each modelled on something real reports do
 * (shared/reference/README.md), so that the first run shows validation at work. docs/sample-input.md lists them.
 */
enum Mistake {
    /** 雁石坪镇's report: 53 disputes and a 98.8% success rate, which no whole number of successes gives. */
    RATE_UNREACHABLE("MED_CASES", "MED_SUCCESS", "MED_SUCCESS_RATE"),
    SUCCESSES_EXCEED_CASES("MED_CASES", "MED_SUCCESS"),
    REQUIRED_LEFT_BLANK("CC_SUBJECTS"),
    /** 「2000余份」 as reports write it. */
    APPROXIMATE_COUNT("PUB_MATERIALS"),
    /** A change of counting rule (12345 hotline tickets now counted), explained in 说明. */
    SWING_EXPLAINED("PET_RECEIVED", "PET_CLOSED"),
    SWING_UNEXPLAINED("PUB_EVENTS"),
    /** Leaflets and gifts counted together, as 雁石坪镇 did: far above every other township. */
    PEER_OUTLIER("PUB_MATERIALS"),
    /** A file handed in with closed > received, then a corrected file handed in later. */
    RESUBMISSION("PET_RECEIVED", "PET_CLOSED"),
    /** The owner file Excel leaves beside a workbook it has open: 「~$…xlsx」. */
    EXCEL_LOCK_FILE();

    private final List<String> codes;

    Mistake(String... codes) {
        this.codes = List.of(codes);
    }

    List<String> codes() {
        return codes;
    }

    boolean fitsCatalogue(Catalogue catalogue) {
        return codes.stream().allMatch(code -> catalogue.find(code).isPresent());
    }

    /** Plants the mistake in a township's latest workbook and says what was planted (English, for the docs and the log). */
    String plant(FileDraft draft) {
        switch (this) {
            case RATE_UNREACHABLE -> {
                long cases = 53;
                draft.set("MED_CASES", cases);
                if (draft.figure("MED_SCREENED") != null && draft.figure("MED_SCREENED").longValue() < cases) {
                    draft.set("MED_SCREENED", cases + 4);
                }
                BigDecimal rate = unreachableRate(cases);
                draft.leaveBlank("MED_SUCCESS");
                draft.type("MED_SUCCESS_RATE", new CellInput.Number(rate.doubleValue(), CellFormat.GENERAL));
                long below = rate.multiply(BigDecimal.valueOf(cases)).divideToIntegralValue(BigDecimal.valueOf(100)).longValue();
                return "MED_CASES " + cases + ", MED_SUCCESS left blank, MED_SUCCESS_RATE typed " + rate
                        + ": no whole number of successes out of " + cases + " gives it (" + below + "/" + cases + " = "
                        + SampleFigures.rate(BigDecimal.valueOf(below), BigDecimal.valueOf(cases)) + "%, " + (below + 1) + "/" + cases
                        + " = " + SampleFigures.rate(BigDecimal.valueOf(below + 1), BigDecimal.valueOf(cases)) + "%)";
            }
            case SUCCESSES_EXCEED_CASES -> {
                long cases = draft.figure("MED_CASES").longValue();
                long swapped = swapDigits(cases);
                long successes = swapped > cases ? swapped : cases + 6;
                draft.set("MED_SUCCESS", successes);
                draft.leaveBlank("MED_SUCCESS_RATE");
                return "MED_SUCCESS " + successes + " > MED_CASES " + cases + " (digits swapped)";
            }
            case REQUIRED_LEFT_BLANK -> {
                draft.leaveBlank("CC_SUBJECTS");
                return "CC_SUBJECTS (required) left blank";
            }
            case APPROXIMATE_COUNT -> {
                long materials = draft.figure("PUB_MATERIALS").longValue();
                String typed = (materials / 100 * 100) + "余";
                draft.type("PUB_MATERIALS", new CellInput.Text(typed));
                return "PUB_MATERIALS typed 「" + typed + "」 (true figure " + materials + ")";
            }
            case SWING_EXPLAINED -> {
                long received = draft.figure("PET_RECEIVED").longValue();
                long open = received - draft.figure("PET_CLOSED").longValue();
                long now = Math.max(received + 8, Math.round(received * 2.8));
                draft.set("PET_RECEIVED", now);
                draft.set("PET_CLOSED", now - open);
                draft.note("PET_RECEIVED", "自" + draft.year + "年起，12345热线转办的信访件一并计入（本年"
                        + (now - received) + "件），上年未计入，口径调整致增幅较大。");
                draft.note("PET_CLOSED", "同上，含12345热线转办件。");
                return "PET_RECEIVED " + received + " → " + now + " and PET_CLOSED alike, explained in 说明 (12345 hotline now counted)";
            }
            case SWING_UNEXPLAINED -> {
                long events = draft.figure("PUB_EVENTS").longValue();
                long now = Math.max(events + 10, Math.round(events * 2.6));
                draft.set("PUB_EVENTS", now);
                return "PUB_EVENTS " + events + " → " + now + " with no explanation";
            }
            case PEER_OUTLIER -> {
                long materials = draft.figure("PUB_MATERIALS").longValue();
                long now = Math.round(materials * 12 / 1000.0) * 1000;
                draft.set("PUB_MATERIALS", now);
                return "PUB_MATERIALS " + now + " (leaflets and gifts counted together), about 12 times its peers";
            }
            default -> throw new IllegalStateException(this + " is planted by the generator, not in one workbook");
        }
    }

    /** The wrong closed count of a first submission: 13 received, 31 closed. */
    static long wrongClosedCount(long received) {
        long swapped = swapDigits(received);
        return swapped > received ? swapped : received + 10;
    }

    static long swapDigits(long n) {
        String digits = Long.toString(n);
        return digits.length() < 2 ? n : Long.parseLong(digits.substring(1) + digits.charAt(0));
    }

    /** The highest one-decimal rate from 98.8 down that no k of n rounds to: what a hand-estimated rate looks like. */
    static BigDecimal unreachableRate(long n) {
        for (int tenths = 988; tenths > 900; tenths--) {
            BigDecimal rate = BigDecimal.valueOf(tenths, 1);
            boolean reachable = false;
            for (long k = 0; k <= n && !reachable; k++) {
                reachable = SampleFigures.rate(BigDecimal.valueOf(k), BigDecimal.valueOf(n)).compareTo(rate) == 0;
            }
            if (!reachable) {
                return rate;
            }
        }
        throw new IllegalStateException("Every rate is reachable with " + n + " cases");
    }
}
