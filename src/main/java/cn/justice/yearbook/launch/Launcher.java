package cn.justice.yearbook.launch;

import java.util.OptionalInt;

/**
 * The packaged jar's entry point (its {@code Main-Class}, set by the build; it and this package's other classes sit
 * at the jar's root, beside Spring Boot's launcher): starts the command in the fast start's second JVM right
 * away, before Spring Boot's launcher opens the jar's 64 nested jars (0.2 s of a 3 s run), or hands it to
 * that launcher to run here. Uses nothing but the JDK.
 */
public final class Launcher {

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        OptionalInt tuned = FastStart.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
