package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;

/** Aborts a handler with an HTTP error status and a JSON body. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient JsonNode body;

    public ApiException(int status, JsonNode body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public JsonNode body() {
        return body;
    }
}
