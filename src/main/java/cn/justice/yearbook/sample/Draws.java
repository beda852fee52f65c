package cn.justice.yearbook.sample;

import java.util.Random;

/**
 * Reproducible random numbers: every (township, purpose) pair has its own stream derived from the seed,
 * so one figure does not shift when another is added, and the same seed always gives the same sample.
 * {@link Random} is used because its sequence is fixed by its specification, on every JVM.
 */
final class Draws {

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    Stream stream(int township, String purpose) {
        long mixed = seed * 0x9E3779B97F4A7C15L + township * 0xBF58476D1CE4E5B9L + purpose.hashCode() * 0x94D049BB133111EBL;
        return new Stream(new Random(mixed));
    }

    static final class Stream {
        private final Random random;

        private Stream(Random random) {
            this.random = random;
        }

        int between(int low, int high) {
            return low + random.nextInt(high - low + 1);
        }

        double between(double low, double high) {
            return low + random.nextDouble() * (high - low);
        }

        boolean chance(double probability) {
            return random.nextDouble() < probability;
        }
    }
}
