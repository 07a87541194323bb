package io.quire.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryAndRateTest {

    @Test
    void retryAfterInSecondsOrAsADateIsHonouredAndCapped() {
        assertEquals(2000, RetryInterceptor.delayMillis("2", 0));
        assertEquals(30_000, RetryInterceptor.delayMillis("3600", 0));
        String inFive = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        long d = RetryInterceptor.delayMillis(inFive, 0);
        assertTrue(d > 3000 && d <= 5000, "delay " + d);
    }

    @Test
    void withoutRetryAfterBackoffGrowsWithJitterUpToTheCap() {
        for (int attempt = 0; attempt < 20; attempt++) {
            long ceiling = Math.min(30_000, 500L << attempt);
            long d = RetryInterceptor.delayMillis(null, attempt);
            assertTrue(d >= ceiling / 2 && d <= ceiling, "attempt " + attempt + ": " + d);
        }
        assertTrue(RetryInterceptor.delayMillis("soon", 0) <= 500);
    }

    @Test
    void rateLimiterHandsOutEvenlySpacedSlots() {
        RateLimiter twoPerSecond = new RateLimiter(2);
        long t0 = 1_000_000_000L;
        assertEquals(0, twoPerSecond.reserve(t0));
        assertEquals(500_000_000L, twoPerSecond.reserve(t0));
        assertEquals(1_000_000_000L, twoPerSecond.reserve(t0));
        // after a quiet second the next request goes at once
        assertEquals(0, twoPerSecond.reserve(t0 + 5_000_000_000L));
    }
}
