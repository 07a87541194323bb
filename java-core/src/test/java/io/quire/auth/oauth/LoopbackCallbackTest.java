package io.quire.auth.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(60)
class LoopbackCallbackTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void givesTheCodeAndAnswersTheBrowser() throws Exception {
        int port = freePort();
        try (LoopbackCallback cb = LoopbackCallback.open("http://localhost:" + port + "/callback")) {
            CompletableFuture<String> code = waitFor(cb, "st8");
            assertEquals(404, get("http://127.0.0.1:" + port + "/favicon.ico").get().statusCode());
            HttpResponse<String> page = get("http://127.0.0.1:" + port + "/callback?code=the%2Bcode&state=st8").get();
            assertEquals("the+code", code.get());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("You can close this window"), page.body());
        }
    }

    @Test
    void refusesAnotherStateAndReportsDenial() throws Exception {
        int port = freePort();
        try (LoopbackCallback cb = LoopbackCallback.open("http://127.0.0.1:" + port)) {
            CompletableFuture<String> code = waitFor(cb, "mine");
            assertEquals(400, get("http://127.0.0.1:" + port + "/?code=c&state=theirs").get().statusCode());
            Exception e = assertThrows(Exception.class, code::join);
            assertTrue(e.getCause().getMessage().contains("state that does not match"), e.getCause().getMessage());
        }
        try (LoopbackCallback cb = LoopbackCallback.open("http://127.0.0.1:" + port)) {
            CompletableFuture<String> code = waitFor(cb, "s");
            get("http://127.0.0.1:" + port + "/?error=access_denied&error_description=The+user+said+no&state=s").get();
            QuireException e = (QuireException) assertThrows(Exception.class, code::join).getCause();
            assertEquals(SqlState.INVALID_AUTHORIZATION, e.state());
            assertTrue(e.getMessage().contains("access_denied (The user said no)"), e.getMessage());
        }
    }

    @Test
    void waitIsBounded() throws Exception {
        try (LoopbackCallback cb = LoopbackCallback.open("http://localhost:" + freePort() + "/")) {
            long t0 = System.nanoTime();
            QuireException e = assertThrows(QuireException.class, () -> cb.awaitCode("s", Duration.ofMillis(600)));
            assertEquals(SqlState.TIMEOUT, e.state());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000);
        }
    }

    @Test
    void listensOnlyOnLoopback() throws Exception {
        QuireException e = assertThrows(QuireException.class, () -> LoopbackCallback.open("http://example.com:33333/"));
        assertTrue(e.getMessage().contains("localhost, 127.0.0.1 or [::1]"), e.getMessage());
        int port = freePort();
        try (ServerSocket busy = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            QuireException inUse = assertThrows(QuireException.class, () -> LoopbackCallback.open("http://localhost:" + port));
            assertTrue(inUse.getMessage().contains("Cannot listen"), inUse.getMessage());
        }
    }

    /** awaitCode on a thread of its own (the common pool may have no thread free on a small machine). */
    private static CompletableFuture<String> waitFor(LoopbackCallback cb, String state) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(cb.awaitCode(state, Duration.ofSeconds(20)));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return f;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static CompletableFuture<HttpResponse<String>> get(String url) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
