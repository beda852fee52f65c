package cn.justice.yearbook.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * jlibdeflate's library is copied once into the user's cache folder and loaded from there, so that a run writes
 * nothing into the temp folder (where Windows would keep every run's copy).
 */
class LibdeflateLibraryCopyTest {

    @TempDir
    Path dir;

    @Test
    void copiesTheLibraryOnceAndKeepsThatCopy() throws IOException {
        byte[] bundled = LibdeflateLibraryCopy.bundled();
        assumeTrue(bundled != null, "jlibdeflate has no library for this platform");

        Path folder = LibdeflateLibraryCopy.prepare(dir).orElseThrow();
        Path copy = folder.resolve(LibdeflateLibraryCopy.LIBRARY);
        assertThat(folder.getParent()).isEqualTo(dir);
        assertThat(folder.getFileName().toString()).matches("jlibdeflate-[0-9a-f]{8}");
        assertThat(Files.readAllBytes(copy)).isEqualTo(bundled);
        BasicFileAttributes first = Files.readAttributes(copy, BasicFileAttributes.class);

        assertThat(LibdeflateLibraryCopy.prepare(dir)).contains(folder);
        BasicFileAttributes second = Files.readAttributes(copy, BasicFileAttributes.class);
        assertThat(second.fileKey()).isEqualTo(first.fileKey());
        assertThat(second.lastModifiedTime()).isEqualTo(first.lastModifiedTime());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void replacesACopyThatDiffersFromTheJars() throws IOException {
        byte[] bundled = LibdeflateLibraryCopy.bundled();
        assumeTrue(bundled != null, "jlibdeflate has no library for this platform");
        Path copy = LibdeflateLibraryCopy.prepare(dir).orElseThrow().resolve(LibdeflateLibraryCopy.LIBRARY);

        byte[] damaged = bundled.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(copy, damaged);
        assertThat(LibdeflateLibraryCopy.prepare(dir)).isPresent();
        assertThat(Files.readAllBytes(copy)).isEqualTo(bundled);

        Files.write(copy, new byte[] {1, 2, 3});
        assertThat(LibdeflateLibraryCopy.prepare(dir)).isPresent();
        assertThat(Files.readAllBytes(copy)).isEqualTo(bundled);
    }

    @Test
    void aNewCopyReplacesThoseOfEarlierVersions() throws IOException {
        assumeTrue(LibdeflateLibraryCopy.bundled() != null, "jlibdeflate has no library for this platform");
        Path earlier = Files.createDirectories(dir.resolve("jlibdeflate-0badc0de"));
        Files.write(earlier.resolve(LibdeflateLibraryCopy.LIBRARY), new byte[] {1, 2, 3});
        Path unrelated = Files.createDirectories(dir.resolve("fonts"));

        Path folder = LibdeflateLibraryCopy.prepare(dir).orElseThrow();
        try (Stream<Path> kept = Files.list(dir)) {
            assertThat(kept).containsExactlyInAnyOrder(folder, unrelated);
        }

        Path later = Files.createDirectories(dir.resolve("jlibdeflate-5eed5eed"));
        assertThat(LibdeflateLibraryCopy.prepare(dir)).contains(folder);
        assertThat(later).as("only writing a new copy looks for old ones; a start that finds its copy reads no folder")
                .isDirectory();
    }

    @Test
    void noCopyWhereTheCacheFolderCannotBeMade() throws IOException {
        assumeTrue(LibdeflateLibraryCopy.bundled() != null, "jlibdeflate has no library for this platform");
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder would be");

        assertThat(LibdeflateLibraryCopy.prepare(notAFolder)).isEmpty();
    }

    /** Windows and macOS cannot be run here; where they keep the copy, and that the jar has their library, can be checked. */
    @Test
    void eachSystemsCacheFolderAndLibrary() throws IOException {
        Map<String, String> environment = Map.of("LOCALAPPDATA", "C:\\Users\\staff\\AppData\\Local",
                "XDG_CACHE_HOME", "/var/cache/staff");
        assertThat(LibdeflateLibraryCopy.userCacheRoot("Windows 11", "C:\\Users\\staff", environment::get))
                .contains(Path.of("C:\\Users\\staff\\AppData\\Local", "county-yearbook"));
        assertThat(LibdeflateLibraryCopy.userCacheRoot("Windows 10", "C:\\Users\\staff", name -> null)).isEmpty();
        assertThat(LibdeflateLibraryCopy.userCacheRoot("Mac OS X", "/Users/staff", environment::get))
                .contains(Path.of("/Users/staff", "Library", "Caches", "county-yearbook"));
        assertThat(LibdeflateLibraryCopy.userCacheRoot("Linux", "/home/staff", environment::get))
                .contains(Path.of("/var/cache/staff", "county-yearbook"));
        assertThat(LibdeflateLibraryCopy.userCacheRoot("Linux", "/home/staff", name -> "relative/cache"))
                .contains(Path.of("/home/staff", ".cache", "county-yearbook"));

        Map<List<String>, String> platforms = Map.of(
                List.of("Windows 11", "amd64", "jlibdeflate.dll"), "/native/windows-x86_64/jlibdeflate.dll",
                List.of("Linux", "amd64", "libjlibdeflate.so"), "/native/linux-x86_64/libjlibdeflate.so",
                List.of("Linux", "aarch64", "libjlibdeflate.so"), "/native/linux-aarch64/libjlibdeflate.so",
                List.of("Mac OS X", "aarch64", "libjlibdeflate.dylib"), "/native/osx-aarch64/libjlibdeflate.dylib",
                List.of("Mac OS X", "x86_64", "libjlibdeflate.dylib"), "/native/osx-x86_64/libjlibdeflate.dylib");
        for (Map.Entry<List<String>, String> platform : platforms.entrySet()) {
            List<String> key = platform.getKey();
            String resource = LibdeflateLibraryCopy.resource(key.get(0), key.get(1), key.get(2));
            assertThat(resource).as(key.toString()).isEqualTo(platform.getValue());
            try (InputStream in = LibdeflateLibraryCopy.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource + " in jlibdeflate's jar").isNotNull();
            }
        }
        assertThat(LibdeflateLibraryCopy.resource("FreeBSD", "amd64", "libjlibdeflate.so")).isNull();
        assertThat(LibdeflateLibraryCopy.resource("Linux", "riscv64", "libjlibdeflate.so")).isNull();
    }

    /** A JVM of its own: the library is loaded once per JVM, and which file it was mapped from is the point. */
    @Test
    void aJvmLoadsTheCachedCopyAndWritesNothingToTheTempFolder() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see where a library was mapped from");
        assumeTrue(LibdeflateLibraryCopy.bundled() != null, "jlibdeflate has no library for this platform");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path temp = Files.createDirectories(dir.resolve("temp"));

        List<String> first = probe(cache, temp);
        List<String> second = probe(cache, temp);

        Path expected = cache.resolve("county-yearbook");
        for (List<String> lines : List.of(first, second)) {
            assertThat(lines).contains("libdeflate=true");
            assertThat(lines).filteredOn(line -> line.startsWith("mapped="))
                    .singleElement().satisfies(line -> assertThat(Path.of(line.substring("mapped=".length())))
                            .startsWith(expected).hasFileName(LibdeflateLibraryCopy.LIBRARY));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> copies = Files.walk(expected)) {
            assertThat(copies.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void whereNoCopyCanBeKeptJlibdeflateLoadsItsOwn() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc to see where a library was mapped from");
        assumeTrue(LibdeflateLibraryCopy.bundled() != null, "jlibdeflate has no library for this platform");
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");
        Path temp = Files.createDirectories(dir.resolve("temp"));

        List<String> lines = probe(notAFolder, temp);

        assertThat(lines).contains("libdeflate=true");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("did not load from the user's cache folder"));
        assertThat(lines).filteredOn(line -> line.startsWith("mapped=")).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("mapped=" + temp));
    }

    private static List<String> probe(Path cache, Path temp) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), Probe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /** Loads the library as a run does and says which file the JVM mapped it from. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            System.out.println("libdeflate=" + PartInflater.usesLibdeflate());
            try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
                maps.filter(line -> line.contains("jlibdeflate") && line.contains("/")).map(line -> line.substring(line.indexOf('/')))
                        .distinct().forEach(path -> System.out.println("mapped=" + path));
            }
        }
    }
}
