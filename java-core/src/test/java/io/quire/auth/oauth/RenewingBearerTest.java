package io.quire.auth.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** When a bearer is renewed: before expiry, once on a 401, once for many threads. */
@org.junit.jupiter.api.Timeout(60)
class RenewingBearerTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Issues tok1, tok2, ... on each renewal. */
    static final class Counting extends RenewingBearer {
        final AtomicInteger renewals = new AtomicInteger();
        final long lifetime;

        Counting(OAuthTokens first, long lifetime) {
            super(CLOCK);
            this.lifetime = lifetime;
            install(first);
        }

        @Override
        OAuthTokens renew(OAuthTokens stale) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new OAuthTokens("tok" + (renewals.incrementAndGet() + 1), "r", NOW.plusSeconds(lifetime));
        }

        @Override
        boolean canRenew(OAuthTokens current) {
            return current.refreshToken() != null;
        }

        @Override
        QuireException noToken() {
            return new QuireException(SqlState.INVALID_AUTHORIZATION, "no token");
        }

        @Override
        QuireException refused() {
            return new QuireException(SqlState.INVALID_AUTHORIZATION, 401, "refused", null);
        }
    }

    @Test
    void renewsWithinSixtySecondsOfExpiryOnly() {
        Counting later = new Counting(new OAuthTokens("tok1", "r", NOW.plusSeconds(120)), 3600);
        assertEquals("tok1", later.fresh().accessToken());
        assertEquals(0, later.renewals.get());
        Counting soon = new Counting(new OAuthTokens("tok1", "r", NOW.plusSeconds(59)), 3600);
        assertEquals("tok2", soon.fresh().accessToken());
        assertEquals("tok2", soon.fresh().accessToken());
        assertEquals(1, soon.renewals.get());
        Counting shortLived = new Counting(new OAuthTokens("tok1", "r", NOW.plusSeconds(10)), 30);
        assertEquals("tok2", shortLived.fresh().accessToken());
        assertEquals("tok2", shortLived.fresh().accessToken(), "a renewed 30 s token is used, not renewed again");
        assertEquals(1, shortLived.renewals.get());
        Counting unknown = new Counting(new OAuthTokens("tok1", "r", null), 3600);
        assertEquals("tok1", unknown.fresh().accessToken(), "no announced expiry: only a 401 renews");
        Counting noRefresh = new Counting(new OAuthTokens("tok1", null, NOW.minusSeconds(1)), 3600);
        assertEquals("tok1", noRefresh.fresh().accessToken(), "cannot renew: the site decides");
    }

    @Test
    void a401RenewsOnceAndRetries() throws Exception {
        try (MockWebServer site = new MockWebServer()) {
            site.enqueue(new MockResponse().setResponseCode(401));
            site.enqueue(new MockResponse().setBody("ok"));
            Counting auth = new Counting(new OAuthTokens("tok1", "r", NOW.plusSeconds(3600)), 3600);
            OkHttpClient http = new OkHttpClient.Builder().addInterceptor(auth).build();
            try (Response r = http.newCall(new Request.Builder().url(site.url("/x")).build()).execute()) {
                assertEquals(200, r.code());
            }
            assertEquals("Bearer tok1", site.takeRequest().getHeader("Authorization"));
            assertEquals("Bearer tok2", site.takeRequest().getHeader("Authorization"));

            site.enqueue(new MockResponse().setResponseCode(401));
            site.enqueue(new MockResponse().setResponseCode(401));
            QuireException e = assertThrows(QuireException.class,
                    () -> http.newCall(new Request.Builder().url(site.url("/y")).build()).execute());
            assertEquals(401, e.nativeCode());
            assertEquals(2, auth.renewals.get(), "one renewal per refused request, never a loop");
            assertEquals(4, site.getRequestCount());
        }
    }

    @Test
    void concurrentRequestsShareOneRenewal() throws Exception {
        try (MockWebServer site = new MockWebServer()) {
            int n = 8;
            for (int i = 0; i < n; i++) {
                site.enqueue(new MockResponse().setBody("ok"));
            }
            Counting auth = new Counting(new OAuthTokens("tok1", "r", NOW.plusSeconds(10)), 3600);
            OkHttpClient http = new OkHttpClient.Builder().addInterceptor(auth).build();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        try (Response r = http.newCall(new Request.Builder().url(site.url("/z")).build()).execute()) {
                            assertEquals(200, r.code());
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                });
                t.start();
                threads.add(t);
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertTrue(errors.isEmpty(), errors.toString());
            assertEquals(1, auth.renewals.get());
            for (int i = 0; i < n; i++) {
                RecordedRequest r = site.takeRequest();
                assertEquals("Bearer tok2", r.getHeader("Authorization"));
            }
        }
    }
}
