package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.common.ResourceFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A TrueType font file or one face of a TrueType collection: {@code classpath:fonts/wqy-microhei.ttc,0},
 * {@code C:/Windows/Fonts/simhei.ttf}.
 */
record FontFile(String location, int index) {

    static FontFile parse(String spec) {
        String text = spec.strip();
        int comma = text.lastIndexOf(',');
        if (comma > 0 && text.substring(comma + 1).matches("\\d+")) {
            return checked(new FontFile(text.substring(0, comma), Integer.parseInt(text.substring(comma + 1))));
        }
        return checked(new FontFile(text, 0));
    }

    private static FontFile checked(FontFile file) {
        String lower = file.location.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".ttf") && !lower.endsWith(".ttc")) {
            throw new IllegalArgumentException("Font " + file.location + " is not a TrueType file (.ttf or .ttc);"
                    + " CFF-based OpenType fonts such as Noto Sans CJK cannot be embedded as subsets");
        }
        return file;
    }

    boolean isCollection() {
        return location.toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /** The name OpenPDF parses the font by: the file name, with {@code ,N} for a collection. */
    String openPdfName() {
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        return isCollection() ? name + "," + index : name;
    }

    byte[] read() {
        try (InputStream in = ResourceFiles.open(location)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + location, e);
        }
    }
}
