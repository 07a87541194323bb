package io.quire.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A few Data Center REST answers on a loopback port, so {@link AotTraining} runs the driver's
 * whole path (HTTP client, sign-in check, JSON parsing, row building) where no Confluence site
 * is at hand: at build time and where the driver is installed. The answers are one page each,
 * taken from the fake site's output (resources under io/quire/tools/training/, the site's
 * address written as ${base}). Nothing else is served: any other path answers 404.
 */
final class TrainingSite implements AutoCloseable {
    private final HttpServer server;
    private final String base;

    private TrainingSite(HttpServer server) {
        this.server = server;
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static TrainingSite start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TrainingSite site = new TrainingSite(s);
            s.createContext("/", site::answer);
            s.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a loopback port for the training site", e);
        }
    }

    String url() {
        return base;
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String query = x.getRequestURI().getRawQuery();
            String q = query == null ? "" : URLDecoder.decode(query, StandardCharsets.UTF_8);
            String file = null;
            if (path.equals("/rest/api/space")) {
                file = "spaces";
            } else if (path.equals("/rest/api/content") || path.equals("/rest/api/content/search")) {
                file = q.contains("blogpost") ? "blogposts" : q.contains("comment") ? "comments" : "pages";
            }
            byte[] body = file == null ? "{\"statusCode\":404,\"message\":\"not served by the training site\"}"
                    .getBytes(StandardCharsets.UTF_8) : resource(file);
            x.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            x.sendResponseHeaders(file == null ? 404 : 200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = TrainingSite.class.getResourceAsStream("training/" + name + ".json")) {
            if (in == null) {
                throw new IOException("training/" + name + ".json is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${base}", base)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
