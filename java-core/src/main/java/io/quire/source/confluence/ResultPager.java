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
 * With MaxThreads above 1 it reads ahead while the caller consumes: the next page is asked
 * for as soon as its address is known, and when the site tells the total ({@code totalSize}
 * of a v1 search with start/limit paging) every remaining page's address is known, so up to
 * MaxThreads pages are in flight at once. Pages are still handed out in order; requests run
 * under the statement's cancel scope, so a cancel or timeout stops all of them.
 */
abstract class ResultPager implements Iterator<JsonNode> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExecutorService READ_AHEAD = Executors.newVirtualThreadPerTaskExecutor();

    /** One page as read: its items, its links, and the total the site gave (-1 if none). */
    private record Page(HttpUrl url, List<JsonNode> items, JsonNode links, long total) {
    }

    private final RestTransport transport;
    private final BooleanSupplier cancelled;
    private final int maxInFlight;
    private final ArrayDeque<JsonNode> buffer = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<Page>> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Long> inFlightRows = new ArrayDeque<>();   // the limit of each page in flight
    private HttpUrl next;
    private long remaining;
    private boolean missingIsEmpty;
    private OffsetPlan plan;        // set when every page's address can be computed

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
        while (buffer.isEmpty() && remaining > 0 && (next != null || !inFlight.isEmpty())) {
            if (cancelled.getAsBoolean()) {
                stopReadAhead();
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
            }
            if (inFlight.isEmpty()) {
                request(next);
                next = null;
            }
            inFlightRows.removeFirst();
            Page page = await(inFlight.removeFirst());
            buffer.addAll(page.items());
            plan(page);
            readAhead();
        }
        return !buffer.isEmpty() && remaining > 0;
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return buffer.removeFirst();
    }

    /** After a page: where the following pages are (offset plan, or the next link). */
    private void plan(Page page) {
        if (plan != null) {
            if (page.items().size() < plan.limit) {
                stopReadAhead();   // a short page ends the listing whatever the total said
                next = null;
            }
            return;
        }
        next = page.links() == null ? null : nextPage(page.url(), page.links());
        if (maxInFlight > 1 && next != null && page.total() >= 0) {
            plan = OffsetPlan.of(next, page.total());
            if (plan != null) {
                next = plan.following();
            }
        }
    }

    /** Keeps up to MaxThreads pages in flight, never asking for rows beyond the limit. */
    private void readAhead() {
        if (maxInFlight <= 1) {
            return;
        }
        while (inFlight.size() < maxInFlight && next != null && rowsAhead() < remaining && !cancelled.getAsBoolean()) {
            HttpUrl url = next;
            next = plan != null ? plan.following() : null;
            request(url);
            if (plan == null) {
                break;   // a cursor: the page after this one is known only once it is read
            }
        }
    }

    /** Rows already read or asked for that the caller has not taken yet. */
    private long rowsAhead() {
        long rows = buffer.size();
        for (long r : inFlightRows) {
            rows += r;
        }
        return rows;
    }

    private void request(HttpUrl url) {
        inFlightRows.add(OffsetPlan.limitOf(url));
        if (maxInFlight <= 1) {
            inFlight.add(CompletableFuture.completedFuture(read(url)));
            return;
        }
        CancelScope scope = CancelScope.current();
        inFlight.add(CompletableFuture.supplyAsync(
                () -> scope == null ? read(url) : scope.run(() -> read(url)), READ_AHEAD));
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

    private void stopReadAhead() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        inFlightRows.clear();
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

    /** The addresses of every remaining page of a start/limit listing whose total is known. */
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

        /** A plan from the second page's address, when it pages by start and limit (not a cursor). */
        static OffsetPlan of(HttpUrl second, long total) {
            String start = second.queryParameter("start");
            String limit = second.queryParameter("limit");
            if (start == null || limit == null || second.queryParameter("cursor") != null) {
                return null;
            }
            try {
                long l = Long.parseLong(limit);
                return l <= 0 ? null : new OffsetPlan(second, Long.parseLong(start), l, total);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The next page's address, or null past the total. */
        HttpUrl following() {
            if (start >= total) {
                return null;
            }
            HttpUrl url = template.newBuilder().setQueryParameter("start", Long.toString(start)).build();
            start += limit;
            return url;
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
