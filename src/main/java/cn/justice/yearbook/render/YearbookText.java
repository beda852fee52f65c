package cn.justice.yearbook.render;

import cn.justice.yearbook.render.model.Edition;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The printed wording of the yearbook (Chinese): {@code render/yearbook.properties}. */
public final class YearbookText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("render.yearbook", Locale.ROOT);
    private static final Pattern WORD = Pattern.compile("\\$\\{(\\w+)}");
    /** Whose rows the yearbook being rendered on this thread has; yearbooks of both kinds render side by side. */
    private static final ThreadLocal<Edition.Level> LEVEL = ThreadLocal.withInitial(() -> Edition.Level.COUNTY);

    private YearbookText() {
    }

    /** Work done in a yearbook's wording; it may throw what the work throws. */
    @FunctionalInterface
    public interface Rendering<T, E extends Exception> {
        T render() throws E;
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = worded(BUNDLE.getString(key));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No yearbook text for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Renders with the wording of {@code level} on this thread: 乡镇（街道）/全县 or 县（市、区）/全市. */
    public static <T, E extends Exception> T as(Edition.Level level, Rendering<T, E> rendering) throws E {
        Edition.Level before = LEVEL.get();
        LEVEL.set(level);
        try {
            return rendering.render();
        } finally {
            LEVEL.set(before);
        }
    }

    private static String worded(String pattern) {
        if (pattern.indexOf('$') < 0) {
            return pattern;
        }
        return WORD.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(
                BUNDLE.getString("level." + LEVEL.get().name() + "." + m.group(1))));
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
