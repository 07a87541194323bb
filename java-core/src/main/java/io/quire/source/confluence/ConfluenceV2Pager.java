package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.rest.RestTransport;
import java.util.Map;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;


/**
 * Walks a Cloud v2 listing ({@code <site>/wiki/api/v2/...}: {@code results} + an opaque
 * cursor) page by page, lazily, like {@link ConfluenceV1Pager}. The next page comes from
 * {@code _links.next}, which the site gives relative to the host ({@code /wiki/api/v2/...?cursor=});
 * it is re-rooted on our v2 root so that it also works behind the OAuth gateway
 * ({@code api.atlassian.com/ex/confluence/<cloud id>/wiki/api/v2}).
 */
final class ConfluenceV2Pager extends ResultPager {
    /** The v2 API refuses a larger limit. */
    static final int MAX_LIMIT = 250;
    private static final String V2 = "/api/v2/";

    private final HttpUrl root;

    private ConfluenceV2Pager(RestTransport transport, HttpUrl root, HttpUrl first, long limit, BooleanSupplier cancelled,
                              int maxThreads) {
        super(transport, first, limit, cancelled, maxThreads);
        this.root = root;
    }

    /**
     * A listing of resource under root (the v2 API root); a parameter whose value is a
     * collection is repeated once per element. limit -1 means all rows.
     */
    static ConfluenceV2Pager open(RestTransport transport, HttpUrl root, String resource, Map<String, ?> params,
                                  int pageSize, long limit, BooleanSupplier cancelled, int maxThreads) {
        HttpUrl.Builder b = query(root.newBuilder().addPathSegments(resource), params);
        long first = Math.min(Math.min(pageSize, MAX_LIMIT), limit < 0 ? Long.MAX_VALUE : Math.max(1, limit));
        b.addQueryParameter("limit", Long.toString(first));
        return new ConfluenceV2Pager(transport, root, b.build(), limit, cancelled, maxThreads);
    }

    @Override
    HttpUrl nextPage(HttpUrl current, JsonNode links) {
        String link = JsonValues.text(links, "next");
        return link == null || link.isEmpty() ? null : resolve(current, link);
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
