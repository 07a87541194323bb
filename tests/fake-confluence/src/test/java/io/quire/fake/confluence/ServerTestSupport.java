package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Starts a server on an ephemeral port and issues authenticated GETs against it. */
abstract class ServerTestSupport {

    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-password".getBytes(StandardCharsets.UTF_8));

    static FakeConfluenceServer server;
    static SiteData data;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static void startServer() throws IOException {
        Config cfg = Config.defaults();
        data = DataGenerator.generate(cfg);
        server = FakeConfluenceServer.start(cfg, data);
    }

    static void stopServer() {
        server.close();
    }

    static HttpResponse<String> get(String pathOrUrl, String authorization) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : server.url() + pathOrUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    static JsonNode json(String pathOrUrl) {
        HttpResponse<String> r = get(pathOrUrl, BASIC);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + " for " + pathOrUrl + ": " + r.body());
        }
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
