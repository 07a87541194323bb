package io.quire.bridge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP(S) server in front of the fake site for the HTTP options tests: as a forward
 * proxy (requests in absolute form, optional Proxy-Authorization) or as a TLS front (HTTPS with
 * a given certificate, forwarding each path to the site). Records what it received.
 */
final class ForwardingServer implements AutoCloseable {
    /** One request as received: method, target and headers (lower-case names). */
    record Seen(String method, String target, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return v == null ? null : String.join(", ", v);
        }
    }

    private static final Set<String> HOP = Set.of("host", "connection", "content-length", "proxy-authorization",
            "proxy-connection", "keep-alive", "transfer-encoding", "upgrade", "te");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String target;
    private final String proxyAuth;
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** A forward proxy; proxyAuth is the Proxy-Authorization it demands (null: none). */
    static ForwardingServer proxy(String proxyAuth) throws IOException {
        return new ForwardingServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50),
                null, proxyAuth);
    }

    /** An HTTPS front that forwards every path to target (http://127.0.0.1:PORT). */
    static ForwardingServer tls(SSLContext ssl, String target) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        s.setHttpsConfigurator(new HttpsConfigurator(ssl));
        return new ForwardingServer(s, target, null);
    }

    private ForwardingServer(HttpServer server, String target, String proxyAuth) {
        this.server = server;
        this.target = target;
        this.proxyAuth = proxyAuth;
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            URI uri = ex.getRequestURI();
            seen.add(new Seen(ex.getRequestMethod(), uri.toString(), headers));
            if (proxyAuth != null && !proxyAuth.equals(ex.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                ex.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test proxy\"");
                ex.sendResponseHeaders(407, -1);
                return;
            }
            URI to = target == null ? uri : URI.create(target + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            HttpRequest.Builder b = HttpRequest.newBuilder(to).method(ex.getRequestMethod(),
                    HttpRequest.BodyPublishers.ofByteArray(ex.getRequestBody().readAllBytes()));
            ex.getRequestHeaders().forEach((k, vs) -> {
                if (!HOP.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                    vs.forEach(v -> b.header(k, v));
                }
            });
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers().map().forEach((k, vs) -> {
                if (!HOP.contains(k.toLowerCase(java.util.Locale.ROOT)) && !k.startsWith(":")) {
                    vs.forEach(v -> ex.getResponseHeaders().add(k, v));
                }
            });
            byte[] body = r.body();
            ex.sendResponseHeaders(r.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
