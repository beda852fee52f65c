package cn.justice.yearbook.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells text apart from binary in a file's first bytes, and names the text: a web page or Excel 2003 XML
 * saved as .xls, other XML, RTF, delimited text (CSV, or the tab-separated "Unicode text" Excel exports),
 * or plain text. Text from old PCs is often GBK, so GB18030 is tried after UTF-8.
 */
final class TextSniffer {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int LINES_TO_CHECK = 20;

    private TextSniffer() {
    }

    /** @param head the first bytes of the file; {@code complete} when that is the whole file */
    static SniffedFile classify(byte[] head, boolean complete) {
        String text = decode(head, complete);
        if (text == null) {
            return new SniffedFile(FileKind.UNKNOWN, "binary, first bytes " + hex(head));
        }
        String start = text.stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("{\\rtf")) {
            return new SniffedFile(FileKind.RTF, "starts with {\\rtf");
        }
        if (lower.startsWith("mime-version:") || lower.contains("content-type: multipart/related")) {
            return new SniffedFile(FileKind.HTML, "MIME web archive (MHT)");
        }
        if (lower.startsWith("<")) {
            return markup(lower);
        }
        return delimited(start)
                ? new SniffedFile(FileKind.CSV, "text lines with a consistent delimiter")
                : new SniffedFile(FileKind.TEXT, "text without a consistent delimiter");
    }

    /** SpreadsheetML has a {@code <Table>} element too, so it is recognised by its namespace first. */
    private static SniffedFile markup(String lower) {
        if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") || lower.contains("progid=\"excel.sheet\"")) {
            return new SniffedFile(FileKind.SPREADSHEET_ML_2003, "urn:schemas-microsoft-com:office:spreadsheet");
        }
        for (String tag : new String[] {"<html", "<!doctype html", "<head", "<body", "<meta", "<table"}) {
            if (lower.contains(tag)) {
                return new SniffedFile(FileKind.HTML, "contains " + tag);
            }
        }
        return new SniffedFile(FileKind.XML, "starts with <");
    }

    /** Most non-blank lines hold the same delimiter (comma, tab, semicolon or full-width comma). */
    private static boolean delimited(String text) {
        String[] lines = text.lines().filter(l -> !l.isBlank()).limit(LINES_TO_CHECK).toArray(String[]::new);
        if (lines.length == 0) {
            return false;
        }
        for (char delimiter : new char[] {',', '\t', ';', '，'}) {
            long with = Arrays.stream(lines).filter(l -> l.indexOf(delimiter) >= 0).count();
            if (with * 10 >= lines.length * 6L) {
                return true;
            }
        }
        return false;
    }

    /** The text, or null if these bytes are not text in UTF-16 (with BOM), UTF-8 or GB18030. */
    static String decode(byte[] head, boolean complete) {
        if (startsWith(head, 0xFF, 0xFE)) {
            return acceptable(new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return acceptable(new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE));
        }
        int from = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int to = head.length;
        for (int i = from; i < to; i++) {
            if (head[i] == 0) {
                return null;
            }
        }
        if (!complete) {
            // the sample may end inside a character; neither UTF-8 nor GB18030 uses 0x0A inside one
            int lastNewline = lastIndexOf(head, (byte) '\n', from);
            to = lastNewline > from ? lastNewline : Math.max(from, to - 4);
        }
        String text = strictDecode(head, from, to, StandardCharsets.UTF_8);
        if (text == null) {
            text = strictDecode(head, from, to, GB18030);
        }
        return text == null ? null : acceptable(text);
    }

    private static String acceptable(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > text.length() * MAX_CONTROL_SHARE ? null : text;
    }

    private static String strictDecode(byte[] bytes, int from, int to, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int lastIndexOf(byte[] bytes, byte value, int from) {
        for (int i = bytes.length - 1; i >= from; i--) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            sb.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
