package io.quire.fake.confluence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** start/limit and opaque-cursor paging helpers, and next-link query building. */
public final class Paging {

    private static final String CURSOR_PREFIX = "quire-offset:";

    private Paging() {
    }

    public static int limit(Request r, ApiFlavor f, int dflt, int cap) {
        int limit = r.intParam("limit", dflt, f);
        if (limit < 0 || (f == ApiFlavor.CLOUD_V2 && limit == 0)) {
            throw ApiErrors.badRequest(f, "'limit' must be " + (f == ApiFlavor.CLOUD_V2 ? "at least 1" : ">= 0"));
        }
        return Math.min(limit, cap);
    }

    /** Offset from {@code cursor} when present, else from {@code start}. */
    public static int start(Request r, ApiFlavor f) {
        String cursor = r.param("cursor");
        if (cursor != null && !cursor.isBlank()) {
            return decodeCursor(cursor, f);
        }
        int start = r.intParam("start", 0, f);
        if (start < 0) {
            throw ApiErrors.badRequest(f, "'start' must be >= 0");
        }
        return start;
    }

    public static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeCursor(String cursor, ApiFlavor f) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(s.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw ApiErrors.badParam(f, "cursor", cursor);
    }

    public static <T> List<T> slice(List<T> all, int start, int limit) {
        if (start >= all.size()) {
            return List.of();
        }
        return all.subList(start, Math.min(all.size(), start + limit));
    }

    /** The request's parameters minus {@code drop}, re-encoded as {@code k=v&...} (empty when none remain). */
    public static String keep(Request r, Set<String> drop) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : r.params().entrySet()) {
            if (drop.contains(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(enc(e.getKey())).append('=').append(enc(v));
            }
        }
        return sb.toString();
    }

    /** Joins non-empty query fragments with {@code &}. */
    public static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%7E", "~");
    }
}
