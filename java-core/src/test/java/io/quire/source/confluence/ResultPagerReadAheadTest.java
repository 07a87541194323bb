package io.quire.source.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.log.QuireLog;
import io.quire.rest.CancelScope;
import io.quire.rest.RestTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read-ahead of a start/limit listing without a total (Data Center's content listing): pages are
 * asked for ahead, handed out in order, the end and a close cancel what is in flight, and an
 * error surfaces where its page is.
 */
class ResultPagerReadAheadTest {
    private MockWebServer server;
    private final Set<Integer> starts = ConcurrentHashMap.newKeySet();
    private final List<Integer> startLog = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private volatile int items = 95;
    private volatile int cap = Integer.MAX_VALUE;       // the site's largest page
    private volatile int failAt = -1;                   // a start that answers 500
    private volatile CountDownLatch hold = new CountDownLatch(0);   // pages after the first wait for it

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                HttpUrl u = r.getRequestUrl();
                int start = Integer.parseInt(u.queryParameter("start") == null ? "0" : u.queryParameter("start"));
                int limit = Math.min(cap, Integer.parseInt(u.queryParameter("limit")));
                startLog.add(start);
                starts.add(start);
                if (start > 0) {
                    hold.await(10, TimeUnit.SECONDS);
                }
                if (start == failAt) {
                    return new MockResponse().setResponseCode(500).setBody("{\"message\":\"boom\"}");
                }
                StringBuilder b = new StringBuilder("{\"results\":[");
                int end = Math.min(items, start + limit);
                for (int i = start; i < end; i++) {
                    b.append(i > start ? "," : "").append("{\"id\":\"").append(i).append("\"}");
                }
                b.append("],\"start\":").append(start).append(",\"limit\":").append(limit).append(",\"_links\":{");
                if (end < items) {
                    b.append("\"next\":\"/rest/api/content?type=page&limit=").append(limit).append("&start=").append(end)
                            .append('"');
                }
                return new MockResponse().setBody(b.append("}}").toString());
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        hold.countDown();
        server.shutdown();
    }

    private ResultPager pager(int pageSize, long limit, int maxThreads) {
        OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.add(call.request().url().queryParameter("start"));
            }
        }).build();
        RestTransport t = new RestTransport(http, chain -> chain.proceed(chain.request()), null, 0, 0, QuireLog.OFF);
        HttpUrl first = server.url("/rest/api/content").newBuilder().addQueryParameter("type", "page")
                .addQueryParameter("limit", Long.toString(pageSize)).build();
        return new ConfluenceV1Pager(t, first, limit, () -> false, maxThreads);
    }

    private static List<Integer> ids(ResultPager p) {
        List<Integer> out = new ArrayList<>();
        p.forEachRemaining(j -> out.add(Integer.parseInt(JsonValues.text(j, "id"))));
        return out;
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    @Test
    void pagesComeInOrderAndOnlyTheWindowIsAskedForPastTheEnd() {
        List<Integer> got = ids(pager(10, -1, 4));
        assertEquals(range(95), got);
        assertEquals(startLog.size(), starts.size(), "no page asked for twice: " + startLog);
        for (int s = 0; s < 100; s += 10) {
            assertTrue(starts.contains(s), "page at " + s + " read: " + startLog);
        }
        long past = starts.stream().filter(s -> s >= 100).count();
        assertTrue(past <= 3, "at most MaxThreads - 1 pages past the end: " + startLog);
    }

    @Test
    void serialReadAsksForEachPageOnce() {
        assertEquals(range(95), ids(pager(10, -1, 1)));
        assertEquals(List.of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90), startLog);
    }

    @Test
    void aCappedPageSizeIsFollowedAsTheSiteLinksIt() {
        cap = 7;   // asked for 10, the site gives 7 and links start=7&limit=7
        assertEquals(range(95), ids(pager(10, -1, 4)));
        assertEquals(startLog.size(), starts.size(), "no page asked for twice: " + startLog);
        assertTrue(starts.stream().allMatch(s -> s % 7 == 0), "every page where the site's links say: " + startLog);
    }

    @Test
    void theLimitBoundsWhatIsAskedFor() {
        items = 1000;
        assertEquals(range(25), ids(pager(10, 25, 4)));
        assertTrue(starts.stream().allMatch(s -> s < 25 + 4 * 10), "rows asked for stay within the window: " + startLog);
    }

    @Test
    void anErrorSurfacesAfterTheRowsBeforeIt() {
        items = 1000;
        failAt = 30;
        ResultPager p = pager(10, -1, 4);
        List<Integer> got = new ArrayList<>();
        QuireException e = assertThrows(QuireException.class, () -> p.forEachRemaining(
                j -> got.add(Integer.parseInt(JsonValues.text(j, "id")))));
        assertEquals(range(30), got);
        assertTrue(e.getMessage().contains("500") || e.getMessage().contains("boom"), e.getMessage());
        p.close();
    }

    @Test
    void closeCancelsThePagesInFlight() throws Exception {
        items = 1000;
        hold = new CountDownLatch(1);   // every page after the first stalls until released
        ResultPager p = pager(10, -1, 4);
        CancelScope statement = new CancelScope();
        statement.run(() -> {
            for (int i = 0; i < 10; i++) {
                p.next();
            }
            return null;
        });
        waitFor(() -> starts.contains(10));
        p.close();
        waitFor(() -> cancelled.contains("10"));
        assertFalse(p.hasNext(), "a closed pager has no more rows");
    }

    @Test
    void cancellingTheStatementCancelsThePagesInFlight() throws Exception {
        items = 1000;
        hold = new CountDownLatch(1);
        ResultPager p = pager(10, -1, 4);
        CancelScope statement = new CancelScope();
        statement.run(() -> {
            for (int i = 0; i < 10; i++) {
                p.next();
            }
            return null;
        });
        waitFor(() -> starts.contains(10));
        statement.cancel();   // what SQLCancel does, from another thread
        waitFor(() -> cancelled.contains("10"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached in 10 s");
            Thread.sleep(10);
        }
    }
}
