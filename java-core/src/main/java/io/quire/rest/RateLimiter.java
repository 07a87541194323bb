package io.quire.rest;

import java.io.IOException;

/**
 * Spaces requests so a connection sends at most {@code perSecond} of them per second
 * (Data Center administrators often allow a user about one). Zero or less: no limit.
 */
final class RateLimiter {
    private final long intervalNanos;
    private long next;

    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond > 0 ? (long) (1_000_000_000L / perSecond) : 0;
    }

    void acquire() throws IOException {
        if (intervalNanos == 0) {
            return;
        }
        long wait = reserve(System.nanoTime());
        if (wait > 0) {
            RetryInterceptor.pause(wait / 1_000_000);
        }
    }

    /** Takes the next free slot at or after now; returns how long to wait for it (nanoseconds). */
    synchronized long reserve(long now) {
        long slot = Math.max(now, next);
        next = slot + intervalNanos;
        return slot - now;
    }
}
