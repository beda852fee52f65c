package cn.justice.yearbook.sample;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns {@code {MED_CASES}} in a formula into the address of that indicator's value cell. */
final class Placeholders {

    private static final Pattern CODE = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");

    private Placeholders() {
    }

    static String resolve(String expression, Function<String, String> addressOf) {
        Matcher m = CODE.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = addressOf.apply(m.group(1));
            if (address == null) {
                throw new IllegalArgumentException("Formula " + expression + " refers to " + m.group(1)
                        + ", which has no row in this workbook");
            }
            m.appendReplacement(out, address);
        }
        m.appendTail(out);
        return out.toString();
    }
}
