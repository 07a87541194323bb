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
 * Walks a Cloud v2 listing ({@code <site>/wiki/api/v2/...}: {@code results} + an opaque
 * cursor) page by page, lazily, like {@link ConfluenceV1Pager}. The next page comes from
 * {@code _links.next}, which the site gives relative to the host ({@code /wiki/api/v2/...?cursor=});
 * it is re-rooted on our v2 root so that it also works behind the OAuth gateway
 * ({@code api.atlassian.com/ex/confluence/<cloud id>/wiki/api/v2}).
 */
final class ConfluenceV2Pager implements Iterator<JsonNode> {
    /** The v2 API refuses a larger limit. */
    static final int MAX_LIMIT = 250;
    private static final String V2 = "/api/v2/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RestTransport transport;
    private final HttpUrl root;
    private final BooleanSupplier cancelled;
    private final ArrayDeque<JsonNode> buffer = new ArrayDeque<>();
    private HttpUrl next;
    private long remaining;

    private ConfluenceV2Pager(RestTransport transport, HttpUrl root, HttpUrl first, long limit, BooleanSupplier cancelled) {
        this.transport = transport;
        this.root = root;
        this.next = first;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
        this.cancelled = cancelled;
    }

    /**
     * A listing of resource under root (the v2 API root); a parameter whose value is a
     * collection is repeated once per element. limit -1 means all rows.
     */
    static ConfluenceV2Pager open(RestTransport transport, HttpUrl root, String resource, Map<String, ?> params,
                                  int pageSize, long limit, BooleanSupplier cancelled) {
        HttpUrl.Builder b = root.newBuilder().addPathSegments(resource);
        params.forEach((k, v) -> {
            if (v instanceof Collection<?> many) {
                many.forEach(one -> b.addQueryParameter(k, String.valueOf(one)));
            } else {
                b.addQueryParameter(k, String.valueOf(v));
            }
        });
        long first = Math.min(Math.min(pageSize, MAX_LIMIT), limit < 0 ? Long.MAX_VALUE : Math.max(1, limit));
        b.addQueryParameter("limit", Long.toString(first));
        return new ConfluenceV2Pager(transport, root, b.build(), limit, cancelled);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && next != null && remaining > 0) {
            if (cancelled.getAsBoolean()) {
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
            }
            HttpUrl url = next;
            next = null;
            transport.getJson(url, p -> readPage(p, url), false);
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
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("results".equals(field) && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    buffer.addLast(p.readValueAsTree());
                }
            } else if ("_links".equals(field) && t == JsonToken.START_OBJECT) {
                nextLink = JsonValues.text(p.readValueAsTree(), "next");
            } else {
                p.skipChildren();
            }
        }
        if (nextLink != null && !nextLink.isEmpty()) {
            next = resolve(url, nextLink);
        }
        return null;
    }

    /** The next page's address: absolute links as given, host-relative ones re-rooted on our v2 root. */
    HttpUrl resolve(HttpUrl current, String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return HttpUrl.get(link);
        }
        int at = link.indexOf(V2);
        if (at >= 0) {
            HttpUrl u = HttpUrl.parse(root.toString().replaceAll("/+$", "") + "/" + link.substring(at + V2.length()));
            if (u != null) {
                return u;
            }
        }
        return current.resolve(link);
    }
}
