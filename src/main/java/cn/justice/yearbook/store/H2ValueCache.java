package cn.justice.yearbook.store;

/**
 * H2's shared cache of values ({@code h2.objectCache}), off unless a {@code -Dh2.objectCache} says otherwise. H2 looks
 * every string and number a statement is given up in that one cache, to share equal ones: when a submission's values
 * are stored, that look-up cost more CPU than the insert itself, and the values it saves memory on are read once
 * (BENCHMARKS.md, twelfth round). H2 reads the setting once, when its first class loads: this runs before Spring.
 */
public final class H2ValueCache {

    static final String PROPERTY = "h2.objectCache";

    private H2ValueCache() {
    }

    public static void turnOff() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "false");
        }
    }
}
