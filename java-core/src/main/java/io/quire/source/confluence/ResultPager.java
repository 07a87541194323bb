package io.quire.source.confluence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.RestTransport;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;

/**
 * Walks a Confluence listing ({@code results} + {@code _links}) page by page, lazily: the
 * next page is asked for only when the caller has consumed the current one, and never once
 * the row limit is reached. How the next page's address is made from {@code _links} is the
 * one thing v1 and v2 listings do differently.
 */
abstract class ResultPager implements Iterator<JsonNode> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RestTransport transport;
    private final BooleanSupplier cancelled;
    private final ArrayDeque<JsonNode> buffer = new ArrayDeque<>();
    private HttpUrl next;
    private long remaining;
    private boolean missingIsEmpty;

    /** @param first the first page's URL, with its limit set; limit -1 means all rows */
    ResultPager(RestTransport transport, HttpUrl first, long limit, BooleanSupplier cancelled) {
        this.transport = transport;
        this.next = first;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
        this.cancelled = cancelled;
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
        while (buffer.isEmpty() && next != null && remaining > 0) {
            if (cancelled.getAsBoolean()) {
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
            }
            HttpUrl url = next;
            next = null;
            transport.getJson(url, p -> readPage(p, url), missingIsEmpty);
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

    private Void readPage(JsonParser p, HttpUrl url) throws IOException {
        p.setCodec(MAPPER);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new QuireException(SqlState.GENERAL_ERROR, 0,
                    "The site answered " + url.encodedPath() + " with JSON that is not a result page.", null);
        }
        JsonNode links = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("results".equals(field) && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    buffer.addLast(p.readValueAsTree());
                }
            } else if ("_links".equals(field) && t == JsonToken.START_OBJECT) {
                links = p.readValueAsTree();
            } else {
                p.skipChildren();
            }
        }
        next = links == null ? null : nextPage(url, links);
        return null;
    }
}
