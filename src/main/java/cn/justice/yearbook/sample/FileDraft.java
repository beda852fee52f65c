package cn.justice.yearbook.sample;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.sample.TownshipWorkbookWriter.Layout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One workbook a township is about to hand in: its figures typed the way that township types them
 * (see {@link Habits}), plus notes. Changing a count retypes the rates built on it, as a person
 * recomputing them would.
 */
final class FileDraft {

    /** How a township fills its workbook. */
    record Habits(RateHabit rates, boolean thousandsSeparator, Set<String> neverReported) {
    }

    /** What a township does with the rate rows. */
    enum RateHabit {
        /** Leaves them blank, as the template allows. */
        BLANK,
        /** Types the rate: 97.7. */
        NUMBER,
        /** Types 97.7%: Excel keeps 0.977 in a percent cell. */
        PERCENT_CELL,
        /** Lets a formula compute it, with the result Excel saved. */
        FORMULA
    }

    private static final Set<String> COUNT_WORDS = Set.of("件", "次", "场次", "人次", "名", "个", "份", "项", "卷", "件次", "人");

    final TownshipProfile township;
    final int year;
    final Layout layout;
    final String fileName;
    final Instant submitted;
    private final Catalogue catalogue;
    private final Habits habits;
    private final Map<String, BigDecimal> figures;
    private final Map<String, CellInput> values = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    FileDraft(Catalogue catalogue, TownshipProfile township, int year, Layout layout, String fileName, Instant submitted,
              Habits habits, Map<String, BigDecimal> figures) {
        this.catalogue = catalogue;
        this.township = township;
        this.year = year;
        this.layout = layout;
        this.fileName = fileName;
        this.submitted = submitted;
        this.habits = habits;
        this.figures = new LinkedHashMap<>(figures);
        figures.forEach((code, value) -> {
            if (!habits.neverReported().contains(code)) {
                retype(catalogue.get(code), value);
            }
        });
    }

    /** A copy to be handed in under another name at another time (a resubmission). */
    FileDraft copy(String otherName, Instant otherTime) {
        FileDraft copy = new FileDraft(catalogue, township, year, layout, otherName, otherTime, habits, figures);
        copy.values.clear();
        copy.values.putAll(values);
        copy.notes.putAll(notes);
        return copy;
    }

    BigDecimal figure(String code) {
        return figures.get(code);
    }

    /** Changes a count (retyping it and the rates built on it). */
    void set(String code, long value) {
        figures.put(code, BigDecimal.valueOf(value));
        retype(catalogue.get(code), BigDecimal.valueOf(value));
        for (Indicator rate : catalogue.ratiosUsing(code)) {
            BigDecimal computed = SampleFigures.rate(figures.get(rate.numeratorCode()), figures.get(rate.denominatorCode()));
            if (computed == null) {
                continue;
            }
            figures.put(rate.code(), computed);
            if (values.containsKey(rate.code())) {
                retype(rate, computed);
            }
        }
    }

    /** Puts something into the value cell exactly as given, whatever the figure. */
    void type(String code, CellInput input) {
        values.put(code, input);
    }

    void leaveBlank(String code) {
        values.remove(code);
    }

    void note(String code, String text) {
        notes.put(code, text);
    }

    TownshipWorkbookWriter writer(Catalogue catalogue, County county) {
        TownshipWorkbookWriter writer = TownshipWorkbookWriter.forTownship(catalogue, county, township.name(), year)
                .layout(layout).submitted(submitted);
        if (layout != Layout.TEMPLATE) {
            writer.townshipLabel(township.organisation());
        }
        if (layout == Layout.LEGACY_XLS) {
            writer.rowLabels(TownshipWorkbookWriter.RowLabel.ALIAS);
        }
        values.forEach((code, input) -> {
            if (input instanceof CellInput.Text t) {
                writer.value(code, t.text());
            } else if (input instanceof CellInput.Number n) {
                writer.value(code, n.value(), n.format());
            } else if (input instanceof CellInput.Formula f) {
                writer.formula(code, f.expression(), f.cached(), f.format());
            }
        });
        notes.forEach(writer::note);
        return writer;
    }

    private void retype(Indicator indicator, BigDecimal value) {
        CellInput input = typed(indicator, value);
        if (input == null) {
            values.remove(indicator.code());
        } else {
            values.put(indicator.code(), input);
        }
    }

    /** The figure as this township, in this layout, would type it; null for a cell it leaves blank. */
    private CellInput typed(Indicator indicator, BigDecimal value) {
        if (indicator.isPercent()) {
            return typedRate(indicator, value);
        }
        long count = value.longValueExact();
        return switch (layout) {
            case TEMPLATE, LEGACY_XLS -> new CellInput.Number(count,
                    habits.thousandsSeparator() && count >= 1000 ? CellFormat.THOUSANDS : CellFormat.GENERAL);
            case FREE_FORM -> count == 0 ? new CellInput.Text("无")
                    : count >= 1000 ? new CellInput.Number(count, CellFormat.THOUSANDS)
                    : new CellInput.Text(count + (COUNT_WORDS.contains(indicator.unit()) ? indicator.unit() : ""));
            // copied out of a Word report: full-width digits
            case HEADERLESS -> new CellInput.Text(count < 1000 ? fullWidth(Long.toString(count)) : Long.toString(count));
        };
    }

    private CellInput typedRate(Indicator rate, BigDecimal value) {
        if (layout == Layout.FREE_FORM || layout == Layout.LEGACY_XLS) {
            return new CellInput.Number(value.doubleValue() / 100, CellFormat.PERCENT_ONE_DECIMAL);
        }
        if (layout == Layout.HEADERLESS) {
            return new CellInput.Text(value.stripTrailingZeros().toPlainString() + "%");
        }
        return switch (habits.rates()) {
            case BLANK -> null;
            case NUMBER -> new CellInput.Number(value.doubleValue(), CellFormat.GENERAL);
            case PERCENT_CELL -> new CellInput.Number(value.doubleValue() / 100, CellFormat.PERCENT_ONE_DECIMAL);
            case FORMULA -> new CellInput.Formula("ROUND({" + rate.numeratorCode() + "}/{" + rate.denominatorCode() + "}*100,1)",
                    value.doubleValue(), CellFormat.GENERAL);
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }
}
