package io.quire.fake.confluence;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Tiny helper for DELETE requests in tests. */
final class HttpDelete {

    private HttpDelete() {
    }

    static int send(String url) {
        try {
            return ServerTestSupport.HTTP.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
