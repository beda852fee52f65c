package cn.justice.yearbook.common;

/** Chinese ordinal numbers for section captions: 一、二、…、十一、…、九十九. */
public final class ChineseOrdinal {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinal() {
    }

    public static String of(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 ? text : text + DIGITS.charAt(ones);
    }
}
