package cn.justice.yearbook.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The printed wording of the yearbook (Chinese): {@code render/yearbook.properties}. */
public final class YearbookText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("render.yearbook", Locale.ROOT);

    private YearbookText() {
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No yearbook text for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** 一、二、…、二十: chapter numbers as the yearbook writes them. */
    public static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}
