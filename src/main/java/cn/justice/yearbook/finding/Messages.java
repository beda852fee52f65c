package cn.justice.yearbook.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one catalogue of user-facing (Chinese) text: {@code messages.properties}. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static Finding finding(Rule rule, String code, String sheet, String cell, Object... args) {
        return new Finding(rule.name(), rule.severity(), code, sheet, cell, get(rule.messageKey(), args), false);
    }
}
