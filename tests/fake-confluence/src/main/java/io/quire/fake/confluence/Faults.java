package io.quire.fake.confluence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Failures the tests ask for ({@code POST /__admin/faults}): the next {@code count} API
 * requests answer with {@code status} (429 or 503 with a {@code Retry-After} header, like the
 * real sites' rate limiting) or, with {@code garbage=1}, a 200 whose body is not JSON; with
 * {@code delayMs=N} they answer normally but only after N ms (a site that stalls). With
 * {@code signedIn=1} only requests that carry accepted credentials take the fault (with
 * {@code status=403}: an account that signs in but may not use the site).
 */
final class Faults {
    record Fault(int status, Integer retryAfterSeconds, boolean garbage, long delayMs, boolean signedInOnly) {
        boolean delayOnly() {
            return delayMs > 0;
        }
    }

    private final Deque<Fault> pending = new ArrayDeque<>();

    synchronized void add(Map<String, String> params) {
        int count = Integer.parseInt(params.getOrDefault("count", "1"));
        int status = Integer.parseInt(params.getOrDefault("status", "429"));
        String retryAfter = params.get("retryAfter");
        boolean garbage = "1".equals(params.get("garbage"));
        long delayMs = Long.parseLong(params.getOrDefault("delayMs", "0"));
        boolean signedIn = "1".equals(params.get("signedIn"));
        for (int i = 0; i < count; i++) {
            pending.addLast(new Fault(garbage ? 200 : status, retryAfter == null ? null : Integer.valueOf(retryAfter),
                    garbage, delayMs, signedIn));
        }
    }

    synchronized void clear() {
        pending.clear();
    }

    /** The fault the next request gets, or null; authorized: whether it carries accepted credentials. */
    synchronized Fault next(boolean authorized) {
        Fault f = pending.peekFirst();
        if (f == null || (f.signedInOnly() && !authorized)) {
            return null;
        }
        return pending.pollFirst();
    }
}
