package cn.justice.yearbook.ingest;

import java.util.Map;
import java.util.OptionalLong;

/** Reads the small Chinese numerals people write in reports: 两, 十二, 三十五, 一百零八, 二千. */
final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return DIGITS.containsKey(c) || UNITS.containsKey(c);
    }

    /** Parses numerals below ten thousand; empty if the text is not one. */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        long digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (char c : text.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                if (digit > 0) {
                    return OptionalLong.empty(); // two digits in a row: 「二三」
                }
                digit = d;
                continue;
            }
            Integer unit = UNITS.get(c);
            if (unit == null || unit >= lastUnit) {
                return OptionalLong.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit; // 「十二」 means 一十二
            digit = -1;
            lastUnit = unit;
        }
        if (digit > 0) {
            total += digit;
        }
        return OptionalLong.of(total);
    }
}
