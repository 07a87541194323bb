package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A JSON response with optional extra headers. */
public record Response(int status, JsonNode body, Map<String, String> headers) {

    public static Response ok(JsonNode body) {
        return new Response(200, body, Map.of());
    }
}
