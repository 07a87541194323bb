package io.quire.fake.idp.sso;

import com.sun.net.httpserver.HttpHandler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider that stalls ({@code POST /__admin/sso/stall?ms=N&count=K}): the next K
 * requests to Okta or Crowd answer normally but only after N ms, so tests can check that the
 * driver's login timeout bounds a sign-on and stops waiting.
 */
final class IdpStall {
    private final AtomicInteger left = new AtomicInteger();
    private volatile long millis;

    void set(long ms, int count) {
        millis = ms;
        left.set(count);
    }

    /** handler, delayed while a stall is pending. */
    HttpHandler wrap(HttpHandler handler) {
        return ex -> {
            if (left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            handler.handle(ex);
        };
    }
}
