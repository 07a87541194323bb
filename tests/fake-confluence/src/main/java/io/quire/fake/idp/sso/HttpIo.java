package io.quire.fake.idp.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small request and response helpers shared by the fake identity providers and the SAML consumer. */
final class HttpIo {
    static final String JSON = "application/json;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    private HttpIo() {
    }

    static byte[] body(HttpExchange ex) throws IOException {
        return ex.getRequestBody().readAllBytes();
    }

    /** The JSON body, or null when it is not JSON. */
    static JsonNode json(HttpExchange ex) throws IOException {
        try {
            return Json.MAPPER.readTree(body(ex));
        } catch (IOException e) {
            return null;
        }
    }

    /** Decoded {@code application/x-www-form-urlencoded} pairs (a query string or a form body). */
    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = decode(eq < 0 ? part : part.substring(0, eq));
            out.putIfAbsent(k, eq < 0 ? "" : decode(part.substring(eq + 1)));
        }
        return out;
    }

    static Map<String, String> query(HttpExchange ex) {
        return form(ex.getRequestURI().getRawQuery());
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The value of cookie name in the request's Cookie headers, or null. */
    static String cookie(com.sun.net.httpserver.Headers headers, String name) {
        var lines = headers.get("Cookie");
        if (lines == null) {
            return null;
        }
        for (String line : lines) {
            for (String pair : line.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                    return pair.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, JSON, Json.bytes(body));
    }

    static void sendHtml(HttpExchange ex, int status, String html) throws IOException {
        send(ex, status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, 302, HTML, new byte[0]);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean empty = body.length == 0 || ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** Okta's error body: {@code errorCode}, {@code errorSummary}, {@code errorId}, {@code errorCauses}. */
    static JsonNode oktaError(String code, String summary) {
        var o = Json.obj();
        o.put("errorCode", code);
        o.put("errorSummary", summary);
        o.put("errorLink", code);
        o.put("errorId", "oae" + Long.toHexString(System.nanoTime()));
        o.putArray("errorCauses");
        return o;
    }

    /** HTML-escapes an attribute value, with '+' and '=' as numeric references the way Okta writes them. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\'' -> b.append("&#39;");
                case '+' -> b.append("&#x2b;");
                case '=' -> b.append("&#x3d;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
