package io.quire.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What an Atlassian error response says, so a failure shows the site's own words: the v1
 * shape {@code {"statusCode", "message", "data": {"errors": [{"message": {"translation"}}]}}}
 * and the v2 shape {@code {"errors": [{"title", "detail"}]}}. A body that is neither (an HTML
 * proxy page, say) is kept as a one-line snippet.
 */
record SiteErrorBody(String message, List<String> details) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int SNIPPET = 300;

    static SiteErrorBody parse(String body) {
        String text = body == null ? "" : body.trim();
        if (text.startsWith("{")) {
            try {
                JsonNode root = JSON.readTree(text);
                List<String> details = new ArrayList<>();
                for (JsonNode e : root.path("data").path("errors")) {
                    addText(details, e.path("message").path("translation"), e.path("message").path("key"));
                }
                for (JsonNode e : root.path("errors")) {
                    addText(details, e.path("detail"), e.path("title"));
                }
                String message = root.path("message").asText("");
                if (message.isEmpty() && !details.isEmpty()) {
                    message = details.removeFirst();
                }
                if (!message.isEmpty()) {
                    return new SiteErrorBody(oneLine(message), List.copyOf(details));
                }
            } catch (Exception notJson) {
                // fall through to the snippet
            }
        }
        return new SiteErrorBody(oneLine(text), List.of());
    }

    private static void addText(List<String> out, JsonNode preferred, JsonNode fallback) {
        String s = preferred.isTextual() && !preferred.asText().isBlank() ? preferred.asText() : fallback.asText("");
        if (!s.isBlank()) {
            out.add(oneLine(s));
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > SNIPPET ? t.substring(0, SNIPPET) + "..." : t;
    }
}
