package io.quire.fake.idp.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.Json;
import io.quire.fake.confluence.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Reading parameters (query, form or JSON body) and writing answers for the fake OAuth endpoints. */
final class Exchanges {
    private Exchanges() {
    }

    static Map<String, String> query(HttpExchange ex) {
        return single(Request.of(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery()));
    }

    /** The body's parameters: a JSON object (as Atlassian's token endpoint takes) or a form (RFC 6749). */
    static Map<String, String> body(HttpExchange ex) throws IOException {
        String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
        if (type.contains("json") || text.trim().startsWith("{")) {
            Map<String, String> out = new HashMap<>();
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(text);
            } catch (IOException e) {
                return out;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }
        return single(Request.of("POST", "/", text));
    }

    private static Map<String, String> single(Request r) {
        Map<String, String> out = new HashMap<>();
        r.params().forEach((k, v) -> out.put(k, v.getFirst()));
        return out;
    }

    /** An RFC 6749 error answer. */
    static void error(HttpExchange ex, int status, String error, String description) throws IOException {
        ObjectNode o = Json.obj();
        o.put("error", error);
        o.put("error_description", description);
        json(ex, status, o);
    }

    static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, "application/json;charset=UTF-8", Json.bytes(body));
    }

    static void html(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, "text/html;charset=UTF-8", ("<!DOCTYPE html><html><body><p>" + text
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        return h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
    }
}
