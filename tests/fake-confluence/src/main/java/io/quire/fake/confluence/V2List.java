package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cloud v2 list responses: {@code results} plus {@code _links}; the next page is announced both in
 * {@code _links.next} and in a {@code Link: <...>; rel="next"} header, with an opaque cursor. {@code limit} is
 * capped at 250 as the real API does.
 */
final class V2List {

    static final String ROOT = "/wiki/api/v2";
    static final int MAX_LIMIT = 250;
    private static final Set<String> PAGING = Set.of("cursor", "limit");

    private V2List() {
    }

    static <T> Response of(Request r, Links l, List<T> all, Function<T, ObjectNode> fn, String path) {
        return of(r, l, all, fn, path, 25);
    }

    static <T> Response of(Request r, Links l, List<T> all, Function<T, ObjectNode> fn, String path, int dflt) {
        int start = Paging.start(r, ApiFlavor.CLOUD_V2);
        int limit = Paging.limit(r, ApiFlavor.CLOUD_V2, dflt, MAX_LIMIT);
        List<T> page = Paging.slice(all, start, limit);
        ObjectNode env = Json.obj();
        ArrayNode results = env.putArray("results");
        for (T t : page) {
            results.add(fn.apply(t));
        }
        ObjectNode links = env.putObject("_links");
        int next = start + page.size();
        if (next < all.size()) {
            String url = ROOT + path + "?" + Paging.join(Paging.keep(r, PAGING), "cursor=" + Paging.cursor(next),
                    "limit=" + limit);
            links.put("next", url);
            links.put("base", l.base());
            return new Response(200, env, Map.of("Link",
                    "<" + url + ">; rel=\"next\", <" + l.base() + ">; rel=\"base\""));
        }
        links.put("base", l.base());
        return Response.ok(env);
    }

    /** Sorts by a v2 {@code sort} value ({@code field} or {@code -field}) among the allowed fields. */
    static <T> List<T> sorted(List<T> all, Request r, Map<String, Comparator<T>> fields, Comparator<T> tie) {
        String sort = r.param("sort");
        if (sort == null || sort.isBlank()) {
            return all;
        }
        Comparator<T> c = fields.get(sort.replaceFirst("^-", ""));
        if (c == null) {
            throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "sort", sort);
        }
        List<T> out = new ArrayList<>(all);
        out.sort((sort.startsWith("-") ? c.reversed() : c).thenComparing(tie));
        return out;
    }

    /** Content-date sorts the comment, attachment and task lists accept. */
    static <T extends Content> Map<String, Comparator<T>> dateSorts() {
        return Map.of("created-date", Comparator.comparing(Content::created),
                "modified-date", Comparator.comparing(Content::updated));
    }

    static long id(String text) {
        try {
            return Long.parseLong(text.startsWith("att") ? text.substring(3) : text);
        } catch (NumberFormatException e) {
            throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "id", text);
        }
    }

    static List<Long> longs(Request r, String name) {
        List<Long> out = new ArrayList<>();
        for (String s : r.list(name)) {
            try {
                out.add(Long.parseLong(s.startsWith("att") ? s.substring(3) : s));
            } catch (NumberFormatException e) {
                throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, name, s);
            }
        }
        return out;
    }

    static ApiException notFound() {
        return ApiErrors.notFound(ApiFlavor.CLOUD_V2, null);
    }

    /** A {@code body-format} parameter among the allowed ones, or null. */
    static String bodyFormat(Request r, String... allowed) {
        String f = r.param("body-format");
        if (f == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(f)) {
                return f;
            }
        }
        throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "body-format", f);
    }
}
