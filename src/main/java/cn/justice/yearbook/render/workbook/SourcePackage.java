package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.ZipBytes;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A township's xlsx package as its feedback copy reads it: the zip's entries, to copy as they are, and the
 * parts to change, read on demand. Part names are zip entry names (no leading slash).
 */
final class SourcePackage implements Closeable {

    /** A township's parts are a few KB to a few hundred; a part bigger than this is left to POI and its limits. */
    private static final int MAX_PART_BYTES = 16 << 20;

    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;
    private final Set<String> takenNames = new HashSet<>();

    private SourcePackage(ZipFile zip) throws CopyDeclined {
        this.zip = zip;
        this.entries = Collections.list(zip.getEntriesInPhysicalOrder());
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (!takenNames.add(name.toLowerCase(Locale.ROOT))) {
                throw new CopyDeclined("two zip entries named " + name);
            }
            if (name.startsWith("/") || name.contains("\\") || name.contains("..") || !zip.canReadEntryData(entry)) {
                throw new CopyDeclined("zip entry " + name + " is unusual or unreadable");
            }
        }
    }

    static SourcePackage open(byte[] bytes) throws CopyDeclined {
        try {
            ZipFile zip = ZipBytes.of(bytes).centralDirectory();
            try {
                return new SourcePackage(zip);
            } catch (CopyDeclined e) {
                zip.close();
                throw e;
            }
        } catch (IOException e) {
            throw new CopyDeclined("not a readable zip: " + e);
        }
    }

    List<ZipArchiveEntry> entries() {
        return entries;
    }

    ZipFile zip() {
        return zip;
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    byte[] bytes(String part) throws CopyDeclined {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new CopyDeclined("part " + part + " is missing");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_PART_BYTES + 1);
            if (bytes.length > MAX_PART_BYTES) {
                throw new CopyDeclined("part " + part + " is larger than " + MAX_PART_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new CopyDeclined("cannot read part " + part + ": " + e);
        }
    }

    Document xml(String part) throws CopyDeclined {
        try {
            return XmlParts.parse(bytes(part));
        } catch (IOException | SAXException e) {
            throw new CopyDeclined("cannot parse part " + part + ": " + e);
        }
    }

    /** A part name no entry has (names compare without case, as OPC's do), taken from now on: {@code pattern} with 1, 2, … */
    String freeName(String pattern) {
        for (int i = 1; ; i++) {
            String name = String.format(Locale.ROOT, pattern, i);
            if (takenNames.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    /** The part a relationship of {@code source} points at: its target resolved against the source's folder. */
    static String resolve(String source, String target) throws CopyDeclined {
        if (target.contains("%") || target.contains("\\") || target.contains("#") || target.contains(":")) {
            throw new CopyDeclined("relationship target " + target + " is not a plain part name");
        }
        String path = target.startsWith("/") ? target.substring(1)
                : folderOf(source) + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    throw new CopyDeclined("relationship target " + target + " leaves the package");
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The folder of a part, with its trailing slash: 「xl/workbook.xml」 → 「xl/」, 「a.xml」 → 「」. */
    static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /** Where the relationships of {@code part} are kept: 「xl/workbook.xml」 → 「xl/_rels/workbook.xml.rels」. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** {@code part} as a target relative to {@code source}'s folder, both in the same tree. */
    static String relative(String source, String part) {
        String[] from = folderOf(source).split("/");
        String[] to = part.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common]) && !from[common].isEmpty()) {
            common++;
        }
        StringBuilder target = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            if (!from[i].isEmpty()) {
                target.append("../");
            }
        }
        for (int i = common; i < to.length; i++) {
            target.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return target.toString();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
