package cn.justice.yearbook.render;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueLoader;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.county.County;
import cn.justice.yearbook.county.CountyLoader;
import cn.justice.yearbook.county.Township;
import cn.justice.yearbook.render.model.CategoryFigures;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.IndicatorFigures;
import cn.justice.yearbook.render.model.QualityNote;
import cn.justice.yearbook.render.model.SubmissionQuality;
import cn.justice.yearbook.render.model.SubmissionStatus;
import cn.justice.yearbook.render.model.Yearbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic yearbook of the sample county 云溪县 for 2025, built the way the aggregation step
 * will build it: the shipped catalogue and county file, seeded township figures, county sums and
 * ratios of sums, two earlier years. 凤鸣乡 sent nothing, 清水乡's file was rejected; 桃源乡 gave
 * a 调解成功率 without its counts; 石门镇 reported its leaflets as 「2000余」; 白石镇 has no
 * 行政执法人员, so its 持证率 does not apply; 永安镇 left 法律援助 blank.
 */
public final class SampleYearbook {

    public static final int YEAR = 2025;
    public static final String NOT_SUBMITTED = "凤鸣乡";
    public static final String REJECTED = "清水乡";
    public static final String RATE_ONLY = "桃源乡";
    public static final String APPROXIMATE = "石门镇";
    public static final String NO_ENFORCEMENT_STAFF = "白石镇";
    public static final String BLANK_LEGAL_AID = "永安镇";

    private final Catalogue catalogue = CatalogueLoader.load("classpath:catalogue/indicators.csv");
    private final County county = CountyLoader.load("classpath:county/county.yml");
    private final Random random = new Random(20250101L);
    private final Map<String, Map<String, Figure>> byTownship = new LinkedHashMap<>();
    private final Yearbook yearbook = compile();

    public Yearbook yearbook() {
        return yearbook;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    private Yearbook compile() {
        List<String> townships = county.townships().stream().map(Township::name).toList();
        for (int t = 0; t < townships.size(); t++) {
            String township = townships.get(t);
            if (!township.equals(NOT_SUBMITTED) && !township.equals(REJECTED)) {
                byTownship.put(township, townshipFigures(township, 0.6 + 0.1 * ((t * 7) % 9)));
            }
        }
        List<CategoryFigures> categories = new ArrayList<>();
        for (String category : catalogue.categories()) {
            categories.add(new CategoryFigures(category, catalogue.inCategory(category).stream()
                    .map(this::indicatorFigures).toList()));
        }
        return new Yearbook(new Edition(county.name(), county.bureau(), YEAR, LocalDate.of(2026, 3, 20)),
                townships, categories, quality(townships));
    }

    private Map<String, Figure> townshipFigures(String township, double size) {
        Map<String, Figure> figures = new HashMap<>();
        long villages = 8 + Math.round(size * 12);
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.isPercent()) {
                continue;
            }
            long value = switch (indicator.code()) {
                case "ADMIN_VILLAGES" -> villages;
                case "PLS_STATIONS", "MED_COMMITTEES" -> villages + 1;
                case "PLS_ADVISOR_VILLAGES" -> villages - random.nextInt(3);
                case "MED_MEDIATORS" -> (villages + 1) * (3 + random.nextInt(3));
                case "ENF_STAFF" -> township.equals(NO_ENFORCEMENT_STAFF) ? 0 : 6 + random.nextInt(10);
                default -> Math.round(base(indicator) * size * (0.7 + random.nextDouble() * 0.6));
            };
            figures.put(indicator.code(), Figure.of(value));
        }
        derive(figures, "STUDY_EXAM_TAKEN", "STUDY_EXAM_REQUIRED", 0.9);
        derive(figures, "MED_SUCCESS", "MED_CASES", 0.93);
        derive(figures, "PET_CLOSED", "PET_RECEIVED", 0.88);
        derive(figures, "ENF_CERTIFIED", "ENF_STAFF", 0.85);
        derive(figures, "RS_PLACED", "RS_SUBJECTS", 0.95);
        derive(figures, "LIT_HEAD_APPEAR", "LIT_SUITS", 0.6);
        figures.put("CC_LOST", Figure.of(random.nextInt(10) == 0 ? 1 : 0));
        if (township.equals(APPROXIMATE)) {
            figures.put("PUB_MATERIALS", Figure.approximate(BigDecimal.valueOf(2000)));
        }
        if (township.equals(BLANK_LEGAL_AID)) {
            figures.remove("LA_CASES");
        }
        for (Indicator rate : catalogue.indicators().stream().filter(Indicator::isRatio).toList()) {
            figures.put(rate.code(), ratio(figures.get(rate.numeratorCode()), figures.get(rate.denominatorCode())));
        }
        if (township.equals(RATE_ONLY)) {
            figures.remove("MED_SUCCESS");
            figures.remove("MED_CASES");
            figures.put("MED_SUCCESS_RATE", Figure.rateWithoutCounts(new BigDecimal("96.0")));
        }
        return figures;
    }

    private static double base(Indicator indicator) {
        return switch (indicator.unit()) {
            case "份" -> 9000;
            case "人次" -> 900;
            case "件次", "件" -> 120;
            case "名", "人" -> 60;
            default -> 14;
        };
    }

    private void derive(Map<String, Figure> figures, String part, String whole, double share) {
        long total = figures.get(whole).value().longValue();
        long value = Math.min(total, Math.round(total * (share + random.nextDouble() * (1 - share))));
        figures.put(part, Figure.of(value));
    }

    private IndicatorFigures indicatorFigures(Indicator indicator) {
        Map<String, Figure> values = new LinkedHashMap<>();
        byTownship.forEach((township, figures) -> {
            Figure figure = figures.get(indicator.code());
            if (figure != null) {
                values.put(township, figure);
            }
        });
        Figure county = indicator.isRatio() ? countyRate(indicator) : sum(indicator.code());
        Map<Integer, Figure> years = new LinkedHashMap<>();
        years.put(YEAR - 2, earlier(county, 0.78));
        years.put(YEAR - 1, earlier(county, 0.9));
        years.put(YEAR, county);
        List<String> notes = indicator.code().equals("PET_RECEIVED")
                ? List.of("受理信访事项件数不含12345热线工单。") : List.of();
        return new IndicatorFigures(indicator, values, county, years, notes);
    }

    /** The county sum of a count; approximate when any part is. */
    public Figure sum(String code) {
        BigDecimal total = BigDecimal.ZERO;
        boolean approximate = false;
        for (Map<String, Figure> figures : byTownship.values()) {
            Figure figure = figures.get(code);
            if (figure != null && figure.hasValue()) {
                total = total.add(figure.value());
                approximate |= figure.flag() == Figure.Flag.APPROXIMATE;
            }
        }
        return approximate ? Figure.approximate(total) : Figure.of(total);
    }

    /** The ratio of sums over the townships that reported both counts. */
    private Figure countyRate(Indicator rate) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Map<String, Figure> figures : byTownship.values()) {
            Figure n = figures.get(rate.numeratorCode());
            Figure d = figures.get(rate.denominatorCode());
            if (n != null && d != null) {
                numerator = numerator.add(n.value());
                denominator = denominator.add(d.value());
            }
        }
        return ratio(Figure.of(numerator), Figure.of(denominator));
    }

    private static Figure ratio(Figure numerator, Figure denominator) {
        if (numerator == null || denominator == null) {
            return Figure.notReported();
        }
        if (denominator.value().signum() == 0) {
            return Figure.notApplicable();
        }
        return Figure.of(numerator.value().multiply(BigDecimal.valueOf(100))
                .divide(denominator.value(), 4, RoundingMode.HALF_UP));
    }

    private static Figure earlier(Figure now, double factor) {
        if (!now.hasValue()) {
            return now;
        }
        BigDecimal value = now.value().multiply(BigDecimal.valueOf(factor));
        return Figure.of(now.value().scale() > 0 ? value.min(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_UP)
                : value.setScale(0, RoundingMode.HALF_UP));
    }

    private List<SubmissionQuality> quality(List<String> townships) {
        List<SubmissionQuality> quality = new ArrayList<>();
        for (String township : townships) {
            quality.add(switch (township) {
                case NOT_SUBMITTED -> new SubmissionQuality(township, SubmissionStatus.NOT_SUBMITTED, List.of(), List.of());
                case REJECTED -> new SubmissionQuality(township, SubmissionStatus.REJECTED, List.of(), List.of(
                        new QualityNote(null, "文件已加密（设置了打开密码），无法读取。", null)));
                case RATE_ONLY -> new SubmissionQuality(township, SubmissionStatus.WARNINGS, List.of(new QualityNote(
                        "调解成功率", "只填了比率，没有同时填报「调解成功件数」和「人民调解受理矛盾纠纷件数」。", null)), List.of());
                case APPROXIMATE -> new SubmissionQuality(township, SubmissionStatus.WARNINGS, List.of(new QualityNote(
                        "发放普法宣传资料份数", "填写的「2000余」是约数，已按 2000 计入。", "台账按箱登记，无法精确到份。")), List.of());
                case BLANK_LEGAL_AID -> new SubmissionQuality(township, SubmissionStatus.ERRORS, List.of(), List.of(
                        new QualityNote("法律援助申请受理(初审)件数", "填写的「若干」不是数字，未采用。", null)));
                default -> new SubmissionQuality(township, SubmissionStatus.ACCEPTED, List.of(), List.of());
            });
        }
        return quality;
    }
}
