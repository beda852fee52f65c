package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.common.ResourceFiles;
import cn.justice.yearbook.finding.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the indicator catalogue CSV (UTF-8, with or without BOM) and checks it is coherent:
 * unique codes and labels, known types, rates whose numerator and denominator exist,
 * checks that parse and name only known codes. A broken catalogue stops the run with a message
 * naming the line, because every later number would depend on it.
 */
public final class CatalogueLoader {

    static final List<String> COLUMNS = List.of("code", "name_zh", "aliases_zh", "category_zh", "unit", "type",
            "definition_zh", "numerator_code", "denominator_code", "required", "key", "yoy_threshold", "checks", "notes_zh");

    private CatalogueLoader() {
    }

    public static Catalogue load(String location) {
        try (Reader reader = ResourceFiles.openReader(location)) {
            return parse(reader, location);
        } catch (NoSuchFileException e) {
            throw new CatalogueException("找不到指标目录文件 " + location
                    + "。请检查 --catalogue 参数或 yearbook.catalogue 设置给出的路径。", e);
        } catch (IOException e) {
            throw new CatalogueException("读不了指标目录文件 " + location + "：" + e.getMessage(), e);
        }
    }

    static Catalogue parse(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of("code", "name_zh", "category_zh", "unit", "type")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CatalogueException("指标目录 " + source + " 缺少列 " + column + "（应有的列：" + String.join("、", COLUMNS) + "）。");
                }
            }
            for (CSVRecord record : parser) {
                rows.add(new RawRow(record.getRecordNumber() + 1, record.toMap()));
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (RawRow row : rows) {
            String code = row.text("code");
            if (code.isEmpty()) {
                throw row.error(source, "指标代码（code）为空");
            }
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw row.error(source, "指标代码 " + code + " 只能由大写字母、数字和下划线组成，并以字母开头");
            }
            if (!codes.add(code)) {
                throw row.error(source, "指标代码 " + code + " 重复");
            }
        }
        for (RawRow row : rows) {
            indicators.add(toIndicator(row, source, codes));
        }
        checkRatios(indicators, source);
        checkLabelsUnique(indicators, source);
        return new Catalogue(indicators);
    }

    private static Indicator toIndicator(RawRow row, String source, Set<String> codes) {
        String code = row.text("code");
        IndicatorType type;
        try {
            type = IndicatorType.parse(row.text("type"));
        } catch (IllegalArgumentException e) {
            throw row.error(source, "type「" + row.text("type") + "」应为 count、percent、amount 之一");
        }
        String name = row.text("name_zh");
        if (name.isEmpty()) {
            throw row.error(source, "指标 " + code + " 的中文名称（name_zh）为空");
        }
        List<String> aliases = Arrays.stream(row.text("aliases_zh").split("[;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        BigDecimal threshold = null;
        if (!row.text("yoy_threshold").isEmpty()) {
            try {
                threshold = new BigDecimal(row.text("yoy_threshold"));
            } catch (NumberFormatException e) {
                throw row.error(source, "yoy_threshold「" + row.text("yoy_threshold") + "」不是数字");
            }
        }
        List<CatalogueCheck> checks = parseChecks(row, source, code, codes);
        return new Indicator(code, name, aliases, row.text("category_zh"), row.text("unit"), type,
                row.text("definition_zh"), blankToNull(row.text("numerator_code")), blankToNull(row.text("denominator_code")),
                yes(row.text("required")), yes(row.text("key")), threshold, checks, row.text("notes_zh"));
    }

    private static List<CatalogueCheck> parseChecks(RawRow row, String source, String code, Set<String> codes) {
        List<CatalogueCheck> checks = new ArrayList<>();
        int n = 0;
        for (String part : row.text("checks").split("[;；]")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw row.error(source, "审核规则「" + text + "」应以 error: 或 warning: 开头");
            }
            Severity severity;
            try {
                severity = Severity.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error(source, "审核规则「" + text + "」应以 error: 或 warning: 开头");
            }
            String expression = text.substring(colon + 1).strip();
            Set<String> referenced;
            try {
                referenced = CheckExpressions.referencedCodes(expression);
            } catch (IllegalArgumentException e) {
                throw row.error(source, "审核规则「" + expression + "」写法有误（" + e.getMessage() + "）");
            }
            for (String ref : referenced) {
                if (!codes.contains(ref)) {
                    throw row.error(source, "审核规则「" + expression + "」引用了目录中没有的指标 " + ref);
                }
            }
            var ordered = new LinkedHashSet<String>();
            ordered.add(code);
            ordered.addAll(referenced);
            checks.add(new CatalogueCheck("CHECK_" + code + "_" + (++n), severity, expression, code, List.copyOf(ordered)));
        }
        return checks;
    }

    private static void checkRatios(List<Indicator> indicators, String source) {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        for (Indicator indicator : indicators) {
            boolean hasNum = indicator.numeratorCode() != null;
            boolean hasDen = indicator.denominatorCode() != null;
            if (hasNum != hasDen) {
                throw new CatalogueException("指标目录 " + source + "：指标 " + indicator.code() + " 只填了 numerator_code 和 denominator_code 中的一个。");
            }
            if (!hasNum) {
                continue;
            }
            if (!indicator.isPercent()) {
                throw new CatalogueException("指标目录 " + source + "：指标 " + indicator.code() + " 有分子和分母，type 却不是 percent。");
            }
            for (String part : List.of(indicator.numeratorCode(), indicator.denominatorCode())) {
                Indicator component = byCode.get(part);
                if (component == null) {
                    throw new CatalogueException("指标目录 " + source + "：指标 " + indicator.code() + " 的分子或分母 " + part + " 是目录中没有的指标。");
                }
                if (component.isPercent()) {
                    throw new CatalogueException("指标目录 " + source + "：指标 " + indicator.code() + " 由 " + part + " 算出，而 " + part + " 本身是比率。");
                }
            }
        }
    }

    private static void checkLabelsUnique(List<Indicator> indicators, String source) {
        Map<String, String> owner = new HashMap<>();
        for (Indicator indicator : indicators) {
            var labels = new LinkedHashSet<String>();
            labels.add(indicator.code());
            labels.add(indicator.name());
            labels.addAll(indicator.aliases());
            for (String label : labels) {
                String previous = owner.putIfAbsent(Labels.key(label), indicator.code());
                if (previous != null && !previous.equals(indicator.code())) {
                    throw new CatalogueException("指标目录 " + source + "：指标 " + indicator.code() + " 的名称或别名「" + label
                            + "」已被指标 " + previous + " 使用，报表中的行将无法区分。");
                }
            }
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static boolean yes(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "是", "必填" -> true;
            default -> false;
        };
    }

    private record RawRow(long line, Map<String, String> values) {
        String text(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        CatalogueException error(String source, String message) {
            return new CatalogueException("指标目录 " + source + " 第 " + line + " 行：" + message + "。");
        }
    }
}
