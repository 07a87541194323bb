package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Small helpers shared by the generators of the entities that hang off pages. */
final class GenUtil {

    private GenUtil() {
    }

    /** A stream of its own for entity kind {@code k}, so adding kinds never shifts the values of older ones. */
    static SplittableRandom stream(long seed, int k) {
        return new SplittableRandom(seed * 31 + k);
    }

    /** A random instant after {@code base}: at least a minute, at most {@code maxDays}, never after LATEST. */
    static Instant after(SplittableRandom rnd, Instant base, int maxDays) {
        long room = DataGenerator.LATEST.toEpochMilli() - base.toEpochMilli() - 60_000;
        long span = Math.min(room, maxDays * 86_400_000L);
        if (span <= 1) {
            return base.plusMillis(1);
        }
        return base.plusMillis(60_000 + rnd.nextLong(span));
    }

    static String uuid(SplittableRandom rnd) {
        String h = String.format("%016x%016x", rnd.nextLong(), rnd.nextLong());
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a" + h.substring(17, 20)
                + "-" + h.substring(20);
    }

    static <T> T pick(SplittableRandom rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    static <T> T pick(SplittableRandom rnd, T[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** Version numbers: mostly 1, a tail up to {@code max}. */
    static int version(SplittableRandom rnd, double mean, int max) {
        return 1 + (int) Math.min(max - 1, -Math.log(1 - rnd.nextDouble()) * mean);
    }
}
