package cn.justice.yearbook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

/**
 * Where jlibdeflate's native library is loaded from. Left to itself, jlibdeflate writes the library out of its jar
 * into the temp folder at every start (three times: its loader runs again for two of its classes the library's
 * start-up loads), loads it and deletes it; Windows does not delete a loaded DLL, so there every run would leave three
 * 86 KB files in {@code %TEMP%}. Instead the library is copied once into this user's cache folder,
 * into a folder named by its checksum, compared byte for byte with the jar's before each start, and jlibdeflate is
 * pointed at it through {@value #PATH_PROPERTY}, its own setting for a library kept elsewhere.
 */
final class LibdeflateLibraryCopy {

    static final String PATH_PROPERTY = "jlibdeflate.library.path";
    static final String LIBRARY = System.mapLibraryName("jlibdeflate");

    private LibdeflateLibraryCopy() {
    }

    /**
     * The folder under {@code cacheRoot} that holds a copy of this platform's library identical to the jar's, written
     * there if it is missing or differs; empty where jlibdeflate has no library for this platform, or the folder
     * cannot be written.
     */
    static Optional<Path> prepare(Path cacheRoot) {
        try {
            byte[] library = bundled();
            if (library == null) {
                return Optional.empty();
            }
            Path folder = cacheRoot.resolve("jlibdeflate-" + checksum(library));
            Path copy = folder.resolve(LIBRARY);
            if (!sameBytes(copy, library)) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, LIBRARY, ".part");
                try {
                    Files.write(part, library);
                    Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
                dropOtherCopies(cacheRoot, folder);
            }
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // jlibdeflate extracts its library itself, as without this
        }
    }

    /**
     * Deletes the copies an earlier version of the program kept (a new copy is written after an upgrade that brought
     * another jlibdeflate). One that cannot be deleted, say loaded by a run of that version on Windows, stays.
     */
    private static void dropOtherCopies(Path cacheRoot, Path kept) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(cacheRoot, "jlibdeflate-*")) {
            for (Path folder : folders) {
                if (!folder.equals(kept)) {
                    try {
                        Files.deleteIfExists(folder.resolve(LIBRARY));
                        Files.deleteIfExists(folder);
                    } catch (IOException e) {
                        // still in use, or no longer ours to delete: it costs 86 KB
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the copy just written serves all the same
        }
    }

    /**
     * Loads the library from its copy in this user's cache folder and points jlibdeflate at it, so that jlibdeflate's
     * own load finds it loaded. Loaded here first because jlibdeflate cannot try twice: a class whose loading of the
     * library failed stays unusable. Returns why it could not, if it could not; then jlibdeflate loads its own copy.
     */
    static Optional<String> loadFromUserCache() {
        Optional<Path> folder;
        try {
            folder = userCacheRoot().flatMap(LibdeflateLibraryCopy::prepare);
        } catch (RuntimeException e) { // a cache folder setting that names no path
            return Optional.of(e.toString());
        }
        if (folder.isEmpty()) {
            return Optional.of("no copy could be kept there");
        }
        // set first: the library's start-up initialises jlibdeflate classes, whose loader must then find this copy
        System.setProperty(PATH_PROPERTY, folder.get().toString());
        try {
            System.load(folder.get().resolve(LIBRARY).toString());
            return Optional.empty();
        } catch (LinkageError | SecurityException e) { // UnsatisfiedLinkError: a folder that may not hold programs, say
            System.clearProperty(PATH_PROPERTY);
            return Optional.of(e.toString());
        }
    }

    /**
     * This user's cache folder for the program: under {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Caches} on
     * macOS, {@code $XDG_CACHE_HOME} or {@code ~/.cache} elsewhere; empty where none can be named.
     */
    static Optional<Path> userCacheRoot() {
        return userCacheRoot(System.getProperty("os.name", ""), System.getProperty("user.home"), System::getenv);
    }

    static Optional<Path> userCacheRoot(String osName, String home, UnaryOperator<String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String localAppData = environment.apply("LOCALAPPDATA");
            base = localAppData != null && !localAppData.isBlank() ? Path.of(localAppData) : null;
        } else if (os.startsWith("mac")) {
            base = home != null ? Path.of(home, "Library", "Caches") : null;
        } else {
            String xdg = environment.apply("XDG_CACHE_HOME");
            base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home != null ? Path.of(home, ".cache") : null;
        }
        return Optional.ofNullable(base).map(path -> path.resolve("county-yearbook"));
    }

    /** The library jlibdeflate bundles for this platform, or null where it has none. */
    static byte[] bundled() throws IOException {
        String resource = resource(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), LIBRARY);
        if (resource == null) {
            return null;
        }
        try (InputStream in = LibdeflateLibraryCopy.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * Where jlibdeflate's jar holds the library for a platform ({@code /native/linux-x86_64/libjlibdeflate.so},
     * {@code /native/windows-x86_64/jlibdeflate.dll} …), its folders named as jlibdeflate names them; null for a
     * platform it has none for.
     */
    static String resource(String osName, String osArch, String libraryFile) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("linux") ? "linux" : os.contains("win") ? "windows" : null;
        String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return system == null || machine == null ? null : "/native/" + system + "-" + machine + "/" + libraryFile;
    }

    private static boolean sameBytes(Path copy, byte[] library) throws IOException {
        try {
            return Files.size(copy) == library.length && Arrays.equals(Files.readAllBytes(copy), library);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Names the folder, so that another jlibdeflate's library gets its own; the byte comparison is the check. */
    private static String checksum(byte[] library) {
        CRC32 crc = new CRC32();
        crc.update(library);
        return String.format("%08x", crc.getValue());
    }
}
