package cn.justice.yearbook.ingest;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stream reader's number parsing gives what Integer.parseInt and Double.parseDouble give, bit for bit, or fails as they do. */
class XlsxStreamReaderNumbersTest {

    private static final String[] EDGES = {
            "0", "1", "4", "12", "2023", "999999999", "1000000000", "2147483647", "2147483648", "-1", "+1", "-0", "007",
            "", " ", " 12", "12 ", "\t3\n", "1 2", "١٢", "１２", "a", "0x1F", "-", "+", "--1",
            "4.0", "0.0", "-0.0", "2023.0", "137.5", "15.85", "0.1", "0.3", "-0.7", "3.14159265358979", "1.", ".5", "-.5",
            "1.2.3", "1e5", "1E-3", "1d", "2f", "NaN", "Infinity", "-Infinity", "0x1p3", "123456789012345", "1234567890123456",
            "0.000000000000001", "0.0000000000000001", "999999999999999", "9999999999999999", "99999999999999.9",
            "9007199254740993", "12345678901234567890", "000000000000000000001", "1.000000000000000000000",
    };

    @Test
    void readsIntegersAsIntegerParseIntDoes() {
        for (String text : EDGES) {
            assertSame(text, () -> Integer.parseInt(text), () -> XlsxStreamReader.parseInt(text));
            assertSame(text, () -> Integer.parseInt(text.trim()), () -> XlsxStreamReader.parseTrimmedInt(text));
        }
    }

    @Test
    void readsNumbersAsDoubleParseDoubleDoesBitForBit() {
        for (String text : EDGES) {
            assertSame(text, () -> Double.doubleToRawLongBits(Double.parseDouble(text)),
                    () -> Double.doubleToRawLongBits(XlsxStreamReader.parseDouble(text)));
        }
        Random random = new Random(20261203);
        for (int i = 0; i < 300_000; i++) {
            String text = decimal(random);
            assertThat(bits(XlsxStreamReader::parseDouble, text)).as(text).isEqualTo(bits(Double::parseDouble, text));
        }
    }

    /** Up to 17 digits, a point anywhere or none, a sign now and then. */
    private static String decimal(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
        int digits = 1 + random.nextInt(17);
        int point = random.nextInt(digits + 2);
        for (int d = 0; d < digits; d++) {
            if (d == point && d > 0) {
                text.append('.');
            }
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static long bits(ToDoubleFunction<String> parse, String text) {
        return Double.doubleToRawLongBits(parse.applyAsDouble(text));
    }

    private interface Parse {
        long parse();
    }

    private static void assertSame(String text, Parse expected, Parse actual) {
        long value;
        try {
            value = expected.parse();
        } catch (NumberFormatException e) {
            assertThatThrownBy(actual::parse).as("[" + text + "]").isInstanceOf(NumberFormatException.class);
            return;
        }
        assertThat(actual.parse()).as("[" + text + "]").isEqualTo(value);
    }
}
