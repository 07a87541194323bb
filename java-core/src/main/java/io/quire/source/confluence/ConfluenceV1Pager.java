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
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;

/**
 * Walks a v1 REST listing ({@code results} + {@code _links.next}) page by page, lazily: the
 * next page is asked for only when the caller has consumed the current one, and never once
 * the row limit is reached. {@code _links.next} is followed as given (Cloud puts cursors in
 * it), resolved against {@code _links.base}.
 */
final class ConfluenceV1Pager implements Iterator<JsonNode> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RestTransport transport;
    private final BooleanSupplier cancelled;
    private final ArrayDeque<JsonNode> buffer = new ArrayDeque<>();
    private HttpUrl next;
    private long remaining;
    private boolean missingIsEmpty;

    /** @param first the first page's URL, with its limit set; limit -1 means all rows */
    ConfluenceV1Pager(RestTransport transport, HttpUrl first, long limit, BooleanSupplier cancelled) {
        this.transport = transport;
        this.next = first;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
        this.cancelled = cancelled;
    }

    /** A listing of something that does not exist (HTTP 404) reads as empty instead of failing. */
    ConfluenceV1Pager missingIsEmpty() {
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
        String nextLink = null;
        String base = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("results".equals(field) && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    buffer.addLast(p.readValueAsTree());
                }
            } else if ("_links".equals(field) && t == JsonToken.START_OBJECT) {
                JsonNode links = p.readValueAsTree();
                nextLink = JsonValues.text(links, "next");
                base = JsonValues.text(links, "base");
            } else {
                p.skipChildren();
            }
        }
        if (nextLink != null) {
            next = resolve(url, base, nextLink);
        }
        return null;
    }

    private static HttpUrl resolve(HttpUrl current, String base, String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return HttpUrl.get(link);
        }
        if (base != null && !base.isEmpty()) {
            HttpUrl u = HttpUrl.parse(base.replaceAll("/+$", "") + link);
            if (u != null) {
                return u;
            }
        }
        return current.resolve(link);
    }
}
