package cn.justice.yearbook.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens the configuration data files (catalogue, county) named either as {@code classpath:...}
 * (the samples shipped in the jar) or as a plain file path (the bureau's own copy).
 */
public final class ResourceFiles {

    public static final String CLASSPATH_PREFIX = "classpath:";

    private ResourceFiles() {
    }

    public static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String name = location.substring(CLASSPATH_PREFIX.length()).replaceFirst("^/", "");
            InputStream in = ResourceFiles.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new NoSuchFileException(location);
            }
            return in;
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        return Files.newInputStream(Path.of(path));
    }

    /** A UTF-8 reader that drops a leading byte-order mark, as Excel and WPS write one when saving CSV as UTF-8. */
    public static Reader openReader(String location) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(open(location)).get();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
