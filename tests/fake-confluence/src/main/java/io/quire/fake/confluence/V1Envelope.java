package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The v1 / Data Center list envelope: {@code results}, {@code start}, {@code limit}, {@code size} and
 * {@code _links} whose {@code next}/{@code prev} are relative to {@code _links.base}. Cloud search endpoints page
 * with a {@code cursor}; other Cloud lists add {@code next=true}; Data Center uses plain start/limit.
 */
final class V1Envelope {

    static final Set<String> PAGING = Set.of("start", "limit", "cursor", "next", "prev");

    private V1Envelope() {
    }

    /** Slices {@code all} by the request's start/limit and wraps the page. */
    static <T> ObjectNode page(List<T> all, Function<T, ObjectNode> fn, int dfltLimit, int cap, Request r, Links l,
                               String path, boolean cursorStyle) {
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), dfltLimit, cap);
        return of(Paging.slice(all, start, limit), fn, all.size(), start, limit, r, l, path, cursorStyle);
    }

    static <T> ObjectNode of(List<T> page, Function<T, ObjectNode> fn, int total, int start, int limit,
                             Request r, Links l, String path, boolean cursorStyle) {
        ObjectNode env = Json.obj();
        ArrayNode results = env.putArray("results");
        for (T t : page) {
            results.add(fn.apply(t));
        }
        env.put("start", start);
        env.put("limit", limit);
        env.put("size", page.size());
        ObjectNode links = env.putObject("_links");
        links.put("base", l.base());
        links.put("context", l.context());
        String keep = Paging.keep(r, PAGING);
        int nextStart = start + page.size();
        if (nextStart < total && limit > 0) {
            String q = cursorStyle
                    ? Paging.join("next=true", "cursor=" + Paging.cursor(nextStart), keep,
                            "limit=" + limit, "start=" + nextStart)
                    : l.flavor().cloud()
                    ? Paging.join("next=true", keep, "limit=" + limit, "start=" + nextStart)
                    : Paging.join(keep, "limit=" + limit, "start=" + nextStart);
            links.put("next", path + "?" + q);
        }
        if (start > 0) {
            int prevStart = Math.max(0, start - Math.max(limit, 1));
            String q = cursorStyle
                    ? Paging.join("prev=true", "cursor=" + Paging.cursor(prevStart), keep,
                            "limit=" + limit, "start=" + prevStart)
                    : Paging.join(keep, "limit=" + limit, "start=" + prevStart);
            links.put("prev", path + "?" + q);
        }
        links.put("self", l.base() + path + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery()));
        return env;
    }
}
