package cn.justice.yearbook.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Libraries of the operating system that some code paths use where they exist. */
public final class SystemLibraries {

    private SystemLibraries() {
    }

    /** NSS's soft token, where Linux distributions keep it; the JDK finds it there through the loader's search path. */
    public static boolean nssInstalled() {
        return System.getProperty("os.name").startsWith("Linux")
                && List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib").stream()
                .anyMatch(dir -> Files.exists(Path.of(dir, "libsoftokn3.so")));
    }
}
