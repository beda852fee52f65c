package cn.justice.yearbook.catalogue;

import cn.justice.yearbook.common.Labels;
import cn.justice.yearbook.common.ResourceFiles;
import cn.justice.yearbook.finding.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
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
        } catch (IOException e) {
            throw new CatalogueException("Cannot read indicator catalogue " + location + ": " + e.getMessage(), e);
        }
    }

    static Catalogue parse(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : List.of("code", "name_zh", "category_zh", "unit", "type")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CatalogueException(source + ": missing column '" + column + "' (expected columns: " + COLUMNS + ")");
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
                throw row.error(source, "empty code");
            }
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw row.error(source, "code '" + code + "' must be upper-case letters, digits and underscores");
            }
            if (!codes.add(code)) {
                throw row.error(source, "duplicate code " + code);
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
            throw row.error(source, "type '" + row.text("type") + "' is not one of count, percent, amount");
        }
        String name = row.text("name_zh");
        if (name.isEmpty()) {
            throw row.error(source, "empty name_zh for " + code);
        }
        List<String> aliases = Arrays.stream(row.text("aliases_zh").split("[;；]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        BigDecimal threshold = null;
        if (!row.text("yoy_threshold").isEmpty()) {
            try {
                threshold = new BigDecimal(row.text("yoy_threshold"));
            } catch (NumberFormatException e) {
                throw row.error(source, "yoy_threshold '" + row.text("yoy_threshold") + "' is not a number");
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
                throw row.error(source, "check '" + text + "' must start with 'error:' or 'warning:'");
            }
            Severity severity;
            try {
                severity = Severity.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error(source, "check '" + text + "' must start with 'error:' or 'warning:'");
            }
            String expression = text.substring(colon + 1).strip();
            Set<String> referenced;
            try {
                referenced = CheckExpressions.referencedCodes(expression);
            } catch (IllegalArgumentException e) {
                throw row.error(source, "check '" + expression + "' is " + e.getMessage());
            }
            for (String ref : referenced) {
                if (!codes.contains(ref)) {
                    throw row.error(source, "check '" + expression + "' refers to unknown indicator " + ref);
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
                throw new CatalogueException(source + ": " + indicator.code() + " names only one of numerator_code and denominator_code");
            }
            if (!hasNum) {
                continue;
            }
            if (!indicator.isPercent()) {
                throw new CatalogueException(source + ": " + indicator.code() + " has a numerator and denominator but is not of type percent");
            }
            for (String part : List.of(indicator.numeratorCode(), indicator.denominatorCode())) {
                Indicator component = byCode.get(part);
                if (component == null) {
                    throw new CatalogueException(source + ": " + indicator.code() + " refers to unknown indicator " + part);
                }
                if (component.isPercent()) {
                    throw new CatalogueException(source + ": " + indicator.code() + " is built from " + part + ", which is itself a rate");
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
                    throw new CatalogueException(source + ": label '" + label + "' of " + indicator.code()
                            + " is already used by " + previous + "; a workbook row could not tell them apart");
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
            return new CatalogueException(source + " line " + line + ": " + message);
        }
    }
}
