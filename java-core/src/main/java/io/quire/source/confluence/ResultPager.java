package io.quire.source.confluence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.CancelScope;
import io.quire.rest.RestTransport;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;

/**
 * Walks a Confluence listing ({@code results} + {@code _links}) page by page, in order, and
 * never past the row limit. How the next page's address is made from {@code _links} is the one
 * thing v1 and v2 listings do differently.
 * <p>
 * With MaxThreads above 1 it reads ahead while the caller consumes. When the next link pages by
 * {@code start} and {@code limit} (Data Center listings, v1 search), every following address is
 * known, so pages are asked for ahead of the caller: up to MaxThreads in flight, the window
 * growing by one each time the caller had to wait for the site (a fast site costs no extra
 * requests; a slow one gets the whole window). Pages are handed out in order, so an error
 * surfaces where its page is; the first page without a next link (short or empty: the end)
 * cancels the requests sent beyond it, as does a close or a cancel of the statement. A cursor
 * (Cloud v2, Cloud search) gives the next address only with the page, so those stay one page
 * ahead. Asked-for rows never exceed the limit: at most the window's pages are read past a
 * LIMIT the site was told.
 */
abstract class ResultPager implements Iterator<JsonNode>, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExecutorService READ_AHEAD = Executors.newVirtualThreadPerTaskExecutor();

    /** One page as read: its items, its links, and the total the site gave (-1 if none). */
    private record Page(HttpUrl url, List<JsonNode> items, JsonNode links, long total) {
    }

    /** A page asked for: its address, the rows it may bring, and the page when it comes. */
    private record Pending(HttpUrl url, long rows, CompletableFuture<Page> page) {
    }

    private final RestTransport transport;
    private final BooleanSupplier cancelled;
    private final int maxInFlight;
    private final ArrayDeque<JsonNode> buffer = new ArrayDeque<>();
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private HttpUrl next;           // the following page by the last page's links, not yet asked for
    private long remaining;
    private boolean missingIsEmpty;
    private OffsetPlan plan;        // set while the following pages' addresses can be computed
    private int window = 1;         // pages in flight allowed now (grows to maxInFlight)
    private CancelScope aheadScope; // the requests in flight, cancellable without the statement

    /** @param first the first page's URL, with its limit set; limit -1 means all rows */
    ResultPager(RestTransport transport, HttpUrl first, long limit, BooleanSupplier cancelled, int maxThreads) {
        this.transport = transport;
        this.next = first;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
        this.cancelled = cancelled;
        this.maxInFlight = Math.max(1, maxThreads);
    }

    /** The next page's address from this page's {@code _links}, or null at the end. */
    abstract HttpUrl nextPage(HttpUrl current, JsonNode links);

    /** Adds params to b; a value that is a collection repeats the parameter once per element. */
    static HttpUrl.Builder query(HttpUrl.Builder b, Map<String, ?> params) {
        params.forEach((k, v) -> {
            if (v instanceof Collection<?> many) {
                many.forEach(one -> b.addQueryParameter(k, String.valueOf(one)));
            } else {
                b.addQueryParameter(k, String.valueOf(v));
            }
        });
        return b;
    }

    /** A listing of something that does not exist (HTTP 404) reads as empty instead of failing. */
    ResultPager missingIsEmpty() {
        missingIsEmpty = true;
        return this;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && remaining > 0 && (!inFlight.isEmpty() || next != null || plan != null)) {
            if (cancelled.getAsBoolean()) {
                stopReadAhead();
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
            }
            boolean askedAhead = !inFlight.isEmpty();
            if (!askedAhead) {
                HttpUrl url = following();
                if (url == null) {
                    break;
                }
                request(url);
            }
            Pending pending = inFlight.removeFirst();
            if (askedAhead && !pending.page().isDone() && window < maxInFlight) {
                window++;   // the caller waits for a page asked for ahead: more in flight would hide that
            }
            Page page = await(pending.page());
            buffer.addAll(page.items());
            follow(page);
            readAhead();
        }
        boolean more = !buffer.isEmpty() && remaining > 0;
        if (!more) {
            stopReadAhead();
        }
        return more;
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return buffer.removeFirst();
    }

    /** The statement is done with the rows: pages still in flight are cancelled. */
    @Override
    public void close() {
        stopReadAhead();
        buffer.clear();
        remaining = 0;
    }

    /** The next address to ask for: the last page's next link, or the plan's next offset. */
    private HttpUrl following() {
        if (next != null) {
            HttpUrl url = next;
            next = null;
            return url;
        }
        HttpUrl url = plan == null ? null : plan.following();
        if (url == null) {
            plan = null;
        }
        return url;
    }

    /** After a page: where the listing goes on (the plan, checked against the site's link, or the link). */
    private void follow(Page page) {
        HttpUrl link = page.links() == null ? null : nextPage(page.url(), page.links());
        if (plan != null || !inFlight.isEmpty()) {
            if (link == null || page.items().isEmpty()) {
                stopReadAhead();   // the end of the listing: nothing asked for beyond it counts
                return;
            }
            HttpUrl expected = inFlight.isEmpty() ? (plan == null ? null : plan.peek()) : inFlight.peekFirst().url();
            if (expected != null && OffsetPlan.sameWindow(expected, link)) {
                return;
            }
            stopReadAhead();       // the site pages otherwise than planned (it capped the limit): follow it
        }
        next = link;
        if (maxInFlight > 1 && next != null) {
            plan = OffsetPlan.of(next, page.total());
            if (plan != null) {
                next = null;
            }
        }
    }

    /** Keeps up to the window's pages in flight, never asking for rows beyond the limit. */
    private void readAhead() {
        if (maxInFlight <= 1) {
            return;
        }
        while (inFlight.size() < window && rowsAhead() < remaining && !cancelled.getAsBoolean()) {
            if (next != null) {
                request(following());
                return;   // a cursor: the page after this one is known only once it is read
            }
            HttpUrl url = plan == null ? null : plan.following();
            if (url == null) {
                return;
            }
            request(url);
        }
    }

    /** Rows already read or asked for that the caller has not taken yet. */
    private long rowsAhead() {
        long rows = buffer.size();
        for (Pending p : inFlight) {
            rows += p.rows();
        }
        return rows;
    }

    private void request(HttpUrl url) {
        long rows = OffsetPlan.limitOf(url);
        if (maxInFlight <= 1) {
            inFlight.add(new Pending(url, rows, CompletableFuture.completedFuture(read(url))));
            return;
        }
        if (aheadScope == null) {
            CancelScope statement = CancelScope.current();
            aheadScope = statement == null ? new CancelScope() : statement.child();
        }
        CancelScope scope = aheadScope;
        inFlight.add(new Pending(url, rows, CompletableFuture.supplyAsync(() -> scope.run(() -> read(url)), READ_AHEAD)));
    }

    private Page read(HttpUrl url) {
        Page page = transport.getJson(url, p -> parse(p, url), missingIsEmpty);
        return page == null ? new Page(url, List.of(), null, -1) : page;
    }

    private static Page await(CompletableFuture<Page> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Cancels the pages in flight (their HTTP calls too) and forgets the plan. */
    private void stopReadAhead() {
        plan = null;
        if (aheadScope != null) {
            if (!inFlight.isEmpty()) {
                aheadScope.cancel();
            }
            aheadScope.release();
            aheadScope = null;
        }
        inFlight.forEach(p -> p.page().cancel(true));
        inFlight.clear();
    }

    private static Page parse(JsonParser p, HttpUrl url) throws IOException {
        p.setCodec(MAPPER);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new QuireException(SqlState.GENERAL_ERROR, 0,
                    "The site answered " + url.encodedPath() + " with JSON that is not a result page.", null);
        }
        List<JsonNode> items = new ArrayList<>();
        JsonNode links = null;
        long total = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("results".equals(field) && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    items.add(p.readValueAsTree());
                }
            } else if ("_links".equals(field) && t == JsonToken.START_OBJECT) {
                links = p.readValueAsTree();
            } else if ("totalSize".equals(field) && t.isNumeric()) {
                total = p.getLongValue();
            } else {
                p.skipChildren();
            }
        }
        return new Page(url, items, links, total);
    }

    /** The addresses of the remaining pages of a start/limit listing (up to the total when the site gave one). */
    private static final class OffsetPlan {
        private final HttpUrl template;
        private final long limit;
        private final long total;
        private long start;

        private OffsetPlan(HttpUrl template, long start, long limit, long total) {
            this.template = template;
            this.start = start;
            this.limit = limit;
            this.total = total;
        }

        /** A plan from the next page's address, when it pages by start and limit (not a cursor); total -1: unknown. */
        static OffsetPlan of(HttpUrl second, long total) {
            String start = second.queryParameter("start");
            String limit = second.queryParameter("limit");
            if (start == null || limit == null || second.queryParameter("cursor") != null) {
                return null;
            }
            try {
                long l = Long.parseLong(limit);
                long s = Long.parseLong(start);
                long t = total < 0 ? Long.MAX_VALUE : total;
                return l <= 0 || s >= t ? null : new OffsetPlan(second, s, l, t);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The next page's address, or null past the total. */
        HttpUrl following() {
            HttpUrl url = peek();
            if (url != null) {
                start += limit;
            }
            return url;
        }

        /** The address following() gives next, without moving on. */
        HttpUrl peek() {
            return start >= total ? null : template.newBuilder().setQueryParameter("start", Long.toString(start)).build();
        }

        /** Whether two addresses ask for the same rows (the same start and limit). */
        static boolean sameWindow(HttpUrl a, HttpUrl b) {
            return java.util.Objects.equals(a.queryParameter("start"), b.queryParameter("start"))
                    && java.util.Objects.equals(a.queryParameter("limit"), b.queryParameter("limit"));
        }

        static long limitOf(HttpUrl url) {
            String l = url.queryParameter("limit");
            try {
                return l == null ? 25 : Long.parseLong(l);
            } catch (NumberFormatException e) {
                return 25;
            }
        }
    }
}
