package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.rest.RestTransport;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;


/**
 * Walks a v1 REST listing ({@code results} + {@code _links.next}) page by page, lazily: the
 * next page is asked for only when the caller has consumed the current one, and never once
 * the row limit is reached. {@code _links.next} is followed as given (Cloud puts cursors in
 * it), resolved against {@code _links.base}.
 */
final class ConfluenceV1Pager extends ResultPager {

    /** @param first the first page's URL, with its limit set; limit -1 means all rows */
    ConfluenceV1Pager(RestTransport transport, HttpUrl first, long limit, BooleanSupplier cancelled, int maxThreads) {
        super(transport, first, limit, cancelled, maxThreads);
    }

    @Override
    HttpUrl nextPage(HttpUrl current, JsonNode links) {
        String link = JsonValues.text(links, "next");
        return link == null || link.isEmpty() ? null : resolve(current, JsonValues.text(links, "base"), link);
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
