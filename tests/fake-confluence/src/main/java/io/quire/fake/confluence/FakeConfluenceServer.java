package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP front: binds 127.0.0.1, dispatches to the admin, v1 (Cloud and DC) and v2 handlers, enforces auth,
 * applies the configured latency and records every API request in the {@link RequestLog}.
 */
public final class FakeConfluenceServer implements AutoCloseable {

    static final String JSON = "application/json;charset=UTF-8";
    private static final String CLOUD_V1 = "/wiki/rest/api";
    private static final String DC_V1 = "/rest/api";
    private static final String CLOUD_V2 = "/wiki/api/v2";
    private static final String GATEWAY = "/ex/confluence/";

    private final Config cfg;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Auth auth;
    private final RequestLog log = new RequestLog();
    private final V1Api v1;
    private final V2Api v2;
    private final int port;
    private volatile ApiGateway gateway;

    private FakeConfluenceServer(Config cfg, SiteData data) throws IOException {
        this.cfg = cfg;
        this.auth = new Auth(cfg);
        this.v1 = new V1Api(data);
        this.v2 = new V2Api(data);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), cfg.port()), 512);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.port = server.getAddress().getPort();
        io.quire.fake.idp.IdentityProviders.mountAll(this);
        server.start();
    }

    public static FakeConfluenceServer start(Config cfg, SiteData data) throws IOException {
        return new FakeConfluenceServer(cfg, data);
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private final Faults faults = new Faults();

    /** Queues failures for the next API requests (what POST /__admin/faults does). */
    public void injectFaults(java.util.Map<String, String> params) {
        faults.add(params);
    }

    /** Serves paths under prefix with handler (identity providers, the SAML consumer, token endpoints). */
    public void mount(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /** Serves the Cloud API also under {@code /ex/confluence/<cloud id>/wiki} to requests gateway accepts. */
    public void gateway(ApiGateway gateway) {
        this.gateway = gateway;
    }

    /** Where further ways to authenticate API requests are registered. */
    public Auth auth() {
        return auth;
    }

    public Config config() {
        return cfg;
    }

    public RequestLog log() {
        return log;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.startsWith("/__admin/")) {
                admin(ex, method, path);
                return;
            }
            String fullPath = path;
            ApiGateway via = gateway;
            if (via != null && path.startsWith(GATEWAY)) {
                int slash = path.indexOf('/', GATEWAY.length());
                String cloudId = path.substring(GATEWAY.length(), slash < 0 ? path.length() : slash);
                path = slash < 0 ? "/" : path.substring(slash);
                if (!via.serves(cloudId) || !path.startsWith("/wiki/")) {
                    log.add(method, fullPath, "", Auth.scheme(ex.getRequestHeaders().getFirst("Authorization")))
                            .status(404);
                    send(ex, 404, JSON, "{\"code\":404,\"message\":\"No site with this cloud id\"}"
                            .getBytes(StandardCharsets.UTF_8));
                    return;
                }
            } else {
                via = null;
            }
            Request req = Request.of(method, path, ex.getRequestURI().getRawQuery());
            String header = ex.getRequestHeaders().getFirst("Authorization");
            RequestLog.Entry entry = log.add(method, fullPath, req.decodedQuery(), Auth.scheme(header));
            String raw = ex.getRequestURI().getRawQuery();
            boolean authorized = via != null ? via.accepts(ex.getRequestHeaders())
                    : auth.authorized(ex.getRequestHeaders(), method, path + (raw == null ? "" : "?" + raw));
            Faults.Fault fault = faults.next(authorized);
            if (fault != null && fault.delayOnly()) {
                Thread.sleep(fault.delayMs());
            } else if (fault != null) {
                fail(ex, entry, fault);
                return;
            }
            Response resp = api(req, path, authorized);
            if (cfg.latencyMs() > 0) {
                Thread.sleep(cfg.latencyMs());
            }
            entry.status(resp.status());
            resp.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (resp.status() == 401) {
                ex.getResponseHeaders().add("WWW-Authenticate", via != null ? "Bearer realm=\"api.atlassian.com\""
                        : "Basic realm=\"Confluence\"");
            }
            send(ex, resp.status(), JSON, Json.bytes(resp.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Response api(Request req, String path, boolean authorized) {
        ApiFlavor flavor;
        String sub;
        if (path.startsWith(CLOUD_V2 + "/")) {
            flavor = ApiFlavor.CLOUD_V2;
            sub = path.substring(CLOUD_V2.length());
        } else if (path.startsWith(CLOUD_V1 + "/")) {
            flavor = ApiFlavor.CLOUD_V1;
            sub = path.substring(CLOUD_V1.length());
        } else if (path.startsWith(DC_V1 + "/")) {
            flavor = ApiFlavor.DC;
            sub = path.substring(DC_V1.length());
        } else {
            flavor = path.startsWith("/wiki/") ? ApiFlavor.CLOUD_V1 : ApiFlavor.DC;
            return error(ApiErrors.notFound(flavor, "null for uri: " + url() + path));
        }
        if (!authorized) {
            return new Response(401, ApiErrors.unauthorized(flavor), Map.of());
        }
        if (!req.method().equals("GET")) {
            return error(flavor == ApiFlavor.CLOUD_V2
                    ? ApiErrors.v2(405, "METHOD_NOT_ALLOWED", "Method Not Allowed", null)
                    : ApiErrors.v1(405, "Method Not Allowed", "Method not allowed: " + req.method(), null));
        }
        Links links = flavor == ApiFlavor.DC
                ? new Links(url(), "", flavor)
                : new Links(url() + "/wiki", "/wiki", flavor);
        try {
            return flavor == ApiFlavor.CLOUD_V2 ? v2.handle(req, sub, links) : v1.handle(req, sub, links);
        } catch (ApiException e) {
            return error(e);
        } catch (RuntimeException e) {
            JsonNode body = ApiErrors.v1(500, "Internal Server Error", String.valueOf(e), null).body();
            return new Response(500, body, Map.of());
        }
    }

    private static Response error(ApiException e) {
        return new Response(e.status(), e.body(), Map.of());
    }

    private void admin(HttpExchange ex, String method, String path) throws IOException {
        switch (method + " " + path) {
            case "GET /__admin/requests" -> send(ex, 200, JSON, Json.bytes(log.toJson()));
            case "DELETE /__admin/requests" -> {
                log.clear();
                send(ex, 204, JSON, new byte[0]);
            }
            case "POST /__admin/faults" -> {
                Request r = Request.of(method, path, ex.getRequestURI().getRawQuery());
                java.util.Map<String, String> p = new java.util.HashMap<>();
                r.params().forEach((k, v) -> p.put(k, v.get(0)));
                faults.add(p);
                send(ex, 204, JSON, new byte[0]);
            }
            case "DELETE /__admin/faults" -> {
                faults.clear();
                send(ex, 204, JSON, new byte[0]);
            }
            case "GET /__admin/health" -> send(ex, 200, "text/plain;charset=UTF-8",
                    "ok".getBytes(StandardCharsets.UTF_8));
            default -> send(ex, 404, "text/plain;charset=UTF-8", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Answers with an injected fault the way the real sites do (Retry-After in seconds). */
    private static void fail(HttpExchange ex, RequestLog.Entry entry, Faults.Fault fault) throws IOException {
        entry.status(fault.status());
        if (fault.garbage()) {
            send(ex, 200, JSON, "<html><body>Bad gateway".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (fault.retryAfterSeconds() != null) {
            ex.getResponseHeaders().add("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        String msg = switch (fault.status()) {
            case 429 -> "Rate limit exceeded.";
            case 403 -> "This user does not have permission to use Confluence.";
            default -> "Service unavailable.";
        };
        send(ex, fault.status(), JSON, ("{\"statusCode\":" + fault.status() + ",\"message\":\"" + msg + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean empty = body.length == 0 || ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
