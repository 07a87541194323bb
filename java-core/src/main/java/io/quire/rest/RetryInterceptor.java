package io.quire.rest;

import io.quire.log.QuireLog;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries requests the site turns away for load (429 Too Many Requests, 503 Service
 * Unavailable): after Retry-After when the site gives one, else after an exponential backoff
 * with full jitter, capped. Every attempt first waits for the {@link RateLimiter}. Waiting is
 * cancellable, and bounded by the call's timeout like everything else.
 */
final class RetryInterceptor implements Interceptor {
    private static final long BASE_MILLIS = 500;
    private static final long CAP_MILLIS = 30_000;

    private final int maxRetries;
    private final RateLimiter limiter;
    private final QuireLog log;

    RetryInterceptor(int maxRetries, RateLimiter limiter, QuireLog log) {
        this.maxRetries = Math.max(0, maxRetries);
        this.limiter = limiter;
        this.log = log.forModule("HTTP");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int attempt = 0; ; attempt++) {
            limiter.acquire();
            Response response = chain.proceed(request);
            int code = response.code();
            if ((code != 429 && code != 503) || attempt >= maxRetries) {
                return response;
            }
            long wait = delayMillis(response.header("Retry-After"), attempt);
            response.close();
            log.log(2, "HTTP " + code + " from " + request.url().encodedPath() + "; retry " + (attempt + 1) + " of "
                    + maxRetries + " in " + wait + " ms");
            pause(wait);
        }
    }

    /** Retry-After (seconds or an HTTP date) when present, else backoff with full jitter. */
    static long delayMillis(String retryAfter, int attempt) {
        if (retryAfter != null) {
            String v = retryAfter.trim();
            try {
                return Math.min(CAP_MILLIS, Math.max(0, (long) (Double.parseDouble(v) * 1000)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                    return Math.min(CAP_MILLIS, Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis()));
                } catch (DateTimeParseException ignored) {
                    // fall back to backoff
                }
            }
        }
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    /** Sleeps, giving up early when the statement is cancelled. */
    static void pause(long millis) throws IOException {
        CancelScope scope = CancelScope.current();
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            while (true) {
                if (scope != null && scope.isCancelled()) {
                    throw new InterruptedIOException("Canceled");
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                Thread.sleep(Math.min(left, 50));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted");
        }
    }
}
