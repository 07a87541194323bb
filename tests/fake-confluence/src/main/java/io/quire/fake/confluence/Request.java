package io.quire.fake.confluence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An incoming request: decoded path, raw query and multi-valued, decoded query parameters (in order). */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> params) {

    public static Request of(String method, String path, String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String part : rawQuery.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String k = decode(eq < 0 ? part : part.substring(0, eq));
                String v = eq < 0 ? "" : decode(part.substring(eq + 1));
                params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return new Request(method, path, rawQuery == null ? "" : rawQuery, params);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The query string with percent-escapes decoded, for the request log. */
    public String decodedQuery() {
        return decode(rawQuery);
    }

    /** First value of a parameter, or null. */
    public String param(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }

    /** All values of a repeatable parameter, each also split on commas; blanks dropped. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : params.getOrDefault(name, List.of())) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** Integer parameter; a malformed value raises a 400. */
    public int intParam(String name, int dflt, ApiFlavor flavor) {
        String v = param(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiErrors.badParam(flavor, name, v);
        }
    }
}
