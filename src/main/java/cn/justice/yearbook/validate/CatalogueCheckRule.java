package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.CatalogueCheck;
import cn.justice.yearbook.catalogue.CheckExpressions;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Finding;
import cn.justice.yearbook.finding.Messages;
import cn.justice.yearbook.finding.Rule;
import cn.justice.yearbook.finding.Severity;
import cn.justice.yearbook.ingest.ReportedValue;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the relations the catalogue declares as SpEL over indicator codes
 * ({@code MED_MEDIATORS >= 3 * MED_COMMITTEES}). A relation is checked only when every indicator it
 * names has a usable value. Evaluation is sandboxed: map access only, no types, no method calls.
 */
final class CatalogueCheckRule implements SubmissionRule {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b");

    private final Map<String, Expression> expressions = new HashMap<>();

    CatalogueCheckRule(Catalogue catalogue) {
        catalogue.checks().forEach(check -> expressions.put(check.ruleId(), CheckExpressions.parse(check.expression())));
    }

    @Override
    public void check(ReviewContext context) {
        for (CatalogueCheck check : context.catalogue().checks()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String code : check.codes()) {
                Optional<BigDecimal> number = context.number(code);
                if (number.isEmpty()) {
                    break;
                }
                values.put(code, number.get());
            }
            if (values.size() < check.codes().size() || holds(check, values)) {
                continue;
            }
            if (check.severity() == Severity.ERROR) {
                check.codes().forEach(context::exclude);
            }
            Indicator owner = context.catalogue().get(check.ownerCode());
            Optional<ReportedValue> row = context.reported(owner.code());
            String relation = render(check.expression(), values, context.catalogue());
            context.add(new Finding(check.ruleId(), check.severity(), owner.code(),
                    row.map(ReportedValue::sheet).orElse(null), row.map(ReportedValue::cell).orElse(null),
                    Messages.get(Rule.CATALOGUE_CHECK.messageKey(), relation), false));
        }
    }

    private boolean holds(CatalogueCheck check, Map<String, BigDecimal> values) {
        SimpleEvaluationContext evaluation = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
                .withRootObject(values).build();
        try {
            return Boolean.TRUE.equals(expressions.get(check.ruleId()).getValue(evaluation, Boolean.class));
        } catch (EvaluationException e) {
            throw new IllegalStateException("Catalogue check " + check.ruleId() + " (" + check.expression()
                    + ") cannot be evaluated: " + e.getMessage(), e);
        }
    }

    /** 「MED_MEDIATORS >= 3 * MED_COMMITTEES」 → 「人民调解员人数」(5) ≥ 3 ×「人民调解委员会数」(4)」. */
    static String render(String expression, Map<String, BigDecimal> values, Catalogue catalogue) {
        String text = expression.replace(">=", " ≥ ").replace("<=", " ≤ ").replace("==", " = ").replace("!=", " ≠ ")
                .replace("*", " × ");
        Matcher m = CODE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String replacement = catalogue.find(code)
                    .map(i -> "「" + i.name() + "」（" + (values.containsKey(code) ? Numbers.plain(values.get(code)) : "…") + "）")
                    .orElse(code);
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return "应满足 " + sb.toString().replaceAll("\\s+", " ").strip();
    }
}
