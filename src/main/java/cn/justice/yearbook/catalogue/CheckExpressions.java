package cn.justice.yearbook.catalogue;

import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import java.util.LinkedHashSet;
import java.util.Set;

/** Parses catalogue check expressions once and names the indicator codes they refer to. */
public final class CheckExpressions {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private CheckExpressions() {
    }

    public static Expression parse(String text) {
        return PARSER.parseExpression(text);
    }

    /** Indicator codes referenced by the expression, in order of appearance. */
    public static Set<String> referencedCodes(String text) {
        Expression expression;
        try {
            expression = PARSER.parseExpression(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("不是有效的表达式：" + e.getSimpleMessage(), e);
        }
        Set<String> codes = new LinkedHashSet<>();
        collect(((SpelExpression) expression).getAST(), codes);
        return codes;
    }

    private static void collect(SpelNode node, Set<String> codes) {
        if (node instanceof PropertyOrFieldReference reference) {
            codes.add(reference.getName());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), codes);
        }
    }
}
