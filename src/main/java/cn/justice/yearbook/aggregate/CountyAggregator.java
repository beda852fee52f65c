package cn.justice.yearbook.aggregate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.Region;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.QualityNote;
import cn.justice.yearbook.render.model.SubmissionQuality;
import cn.justice.yearbook.render.model.SubmissionStatus;
import cn.justice.yearbook.render.model.Yearbook;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles one edition of the yearbook from the store: every township's figures, county totals as
 * sums and ratios of sums, standings, the county's figures for every earlier year on record, and
 * what became of each township's submission. Values with errors never reach it (they are stored
 * as unusable); approximate values do, and keep their mark in every sum they enter.
 */
@Component
public class CountyAggregator {

    private final AggregationRepository repository;
    private final Catalogue catalogue;
    private final Region region;
    private final Clock clock;

    CountyAggregator(AggregationRepository repository, Catalogue catalogue, Region region, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.region = region;
        this.clock = clock;
    }

    public Region region() {
        return region;
    }

    /** The latest year any township's submission was accepted for, if any. */
    public Optional<Integer> latestYear() {
        return Optional.ofNullable(repository.latestYear());
    }

    /** The yearbook of the county of a county file (the first county of a prefecture file). */
    public Yearbook aggregate(int year) {
        return aggregate(region.counties().get(0), year);
    }

    public Yearbook aggregate(County county, int year) {
        return compile(county, year).yearbook();
    }

    /** A county's yearbook, with the totals of its figures for the prefecture's roll-up. */
    public CompiledCounty compile(County county, int year) {
        StoredFacts facts = repository.facts(region.prefecture() ? county.name() : null, year);
        List<String> townships = county.townships().stream().map(Township::name).toList();
        List<CategoryFigures> categories = new ArrayList<>();
        for (String category : catalogue.categories()) {
            categories.add(new CategoryFigures(category,
                    catalogue.inCategory(category).stream().map(i -> indicator(i, facts, year)).toList()));
        }
        List<SubmissionQuality> quality = townships.stream().map(t -> quality(t, facts)).toList();
        return new CompiledCounty(new Yearbook(new Edition(county.name(), county.bureau(), year, LocalDate.now(clock)),
                townships, categories, quality), CountyTotals.of(catalogue.indicators(), facts, townships.size()));
    }

    /**
     * The prefecture's roll-up: its counties side by side, each with its county figures (sums, and
     * rates as ratios of sums over its townships), and prefecture totals summed over every township.
     *
     * @param counties the counties compiled for the same year, in the prefecture file's order
     */
    public Yearbook rollUp(int year, List<CompiledCounty> counties) {
        Map<String, CountyTotals> totals = new LinkedHashMap<>();
        counties.forEach(c -> totals.put(c.yearbook().edition().county(), c.totals()));
        List<CategoryFigures> categories = new ArrayList<>();
        for (String category : catalogue.categories()) {
            categories.add(new CategoryFigures(category,
                    catalogue.inCategory(category).stream().map(i -> RollUp.indicator(i, totals, year)).toList()));
        }
        List<SubmissionQuality> quality = counties.stream().map(c -> RollUp.quality(c.yearbook())).toList();
        return new Yearbook(new Edition(region.name(), region.bureau(), year, LocalDate.now(clock), Edition.Level.PREFECTURE),
                List.copyOf(totals.keySet()), categories, quality);
    }

    private IndicatorFigures indicator(Indicator indicator, StoredFacts facts, int year) {
        Map<String, Figure> now = FigureArithmetic.townships(indicator, facts.year(year));
        Figure countyNow = FigureArithmetic.county(indicator, facts.year(year));
        Map<Integer, Figure> byYear = new LinkedHashMap<>();
        facts.values().keySet().stream().filter(y -> y <= year).sorted()
                .forEach(y -> byYear.put(y, FigureArithmetic.county(indicator, facts.year(y))));
        byYear.put(year, countyNow);
        Map<String, Figure> lastYear = FigureArithmetic.townships(indicator, facts.year(year - 1));
        return new IndicatorFigures(indicator, now, countyNow, byYear,
                Standings.of(indicator, now, countyNow, lastYear), notes(indicator, now));
    }

    /** Says which townships a county rate leaves out because they gave the rate without its counts. */
    private List<String> notes(Indicator indicator, Map<String, Figure> now) {
        if (!indicator.isRatio()) {
            return List.of();
        }
        List<String> rateOnly = now.entrySet().stream()
                .filter(e -> e.getValue().flag() == Figure.Flag.RATE_WITHOUT_COUNTS).map(Map.Entry::getKey).toList();
        if (rateOnly.isEmpty()) {
            return List.of();
        }
        return List.of(String.join("、", rateOnly) + "只报送了" + indicator.name() + "，未报送"
                + catalogue.get(indicator.numeratorCode()).name() + "和" + catalogue.get(indicator.denominatorCode()).name()
                + "，其比率未计入全县" + indicator.name() + "。");
    }

    private SubmissionQuality quality(String township, StoredFacts facts) {
        StoredFacts.SubmissionOutcome outcome = facts.outcomes().get(township);
        if (outcome == null) {
            return new SubmissionQuality(township, SubmissionStatus.NOT_SUBMITTED, List.of(), List.of());
        }
        List<QualityNote> warnings = new ArrayList<>();
        List<QualityNote> errors = new ArrayList<>();
        for (AggregationRepository.NotedFinding noted : repository.findings(outcome.submissionId())) {
            var f = noted.finding();
            String indicator = f.code() == null ? null : catalogue.find(f.code()).map(Indicator::name).orElse(f.code());
            if (f.severity() == Severity.ERROR) {
                errors.add(new QualityNote(indicator, f.message(), null));
            } else {
                warnings.add(new QualityNote(indicator, f.message(), f.explained() ? noted.note() : null));
            }
        }
        return new SubmissionQuality(township, SubmissionStatus.valueOf(outcome.status()), warnings, errors);
    }
}
