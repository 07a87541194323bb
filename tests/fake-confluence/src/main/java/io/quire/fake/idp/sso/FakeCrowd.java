package io.quire.fake.idp.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.Json;
import io.quire.fake.confluence.RequestLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Crowd Data Center under {@code /crowd}:
 * <ul>
 * <li>{@code POST /crowd/rest/usermanagement/1/session} authenticated as the application (HTTP
 * Basic name:password, else 401 "Application failed to authenticate") with
 * {@code {username, password, validation-factors}}: 201 {@code {token, user}} or 400
 * {@code {reason: INVALID_USER_AUTHENTICATION}}.</li>
 * <li>{@code GET /crowd/console/secure/saml/sso.action} with the {@code crowd.token_key} cookie of
 * a session: the auto-submitting SAMLResponse form (the response, not the assertion, is signed);
 * without one a redirect to the login page. {@code ?fault=} as for Okta.</li>
 * </ul>
 */
final class FakeCrowd {
    static final String SESSION_PATH = "/crowd/rest/usermanagement/1/session";
    static final String SSO_PATH = "/crowd/console/secure/saml/sso.action";
    static final String COOKIE = "crowd.token_key";

    private final String base;
    private final SsoDirectory dir;
    private final Supplier<SamlIdp> idp;
    private final SamlConsumer consumer;
    private final RequestLog log;
    private final Map<String, FakeOkta.Timed> sessions = new ConcurrentHashMap<>();

    FakeCrowd(String base, SsoDirectory dir, Supplier<SamlIdp> idp, SamlConsumer consumer, RequestLog log) {
        this.base = base;
        this.dir = dir;
        this.idp = idp;
        this.consumer = consumer;
        this.log = log;
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String fault = HttpIo.query(ex).get("fault");
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            RequestLog.Entry entry = log.add(ex.getRequestMethod(), path, fault == null ? "" : "fault=" + fault,
                    auth == null ? "none" : "Basic");
            if (path.equals(SESSION_PATH) && ex.getRequestMethod().equals("POST")) {
                entry.status(session(ex, auth));
            } else if (path.equals(SSO_PATH)) {
                String token = HttpIo.cookie(ex.getRequestHeaders(), COOKIE);
                FakeOkta.Timed s = token == null ? null : sessions.get(token);
                if (s == null || s.expires().isBefore(Instant.now())) {
                    entry.status(302);
                    HttpIo.redirect(ex, "/crowd/console/login.action");
                    return;
                }
                String saml = idp.get().issue(base + "/crowd", s.login(), consumer.url(), consumer.entityId(),
                        SamlIdp.Signed.RESPONSE, FakeOktaApp.fault(fault));
                dir.issued(saml);
                entry.status(200);
                HttpIo.sendHtml(ex, 200, SamlIdp.autoSubmitForm(consumer.url(), saml, "/"));
            } else if (path.equals("/crowd/console/login.action")) {
                entry.status(200);
                HttpIo.sendHtml(ex, 200, "<!DOCTYPE html><html><body><h1>Log in to Crowd</h1></body></html>");
            } else {
                entry.status(404);
                HttpIo.sendHtml(ex, 404, "<html><body>Not found</body></html>");
            }
        }
    }

    private int session(HttpExchange ex, String auth) throws IOException {
        if (!appAuthenticated(auth)) {
            ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Crowd REST Service\"");
            HttpIo.send(ex, 401, "text/plain;charset=UTF-8",
                    "Application failed to authenticate".getBytes(StandardCharsets.UTF_8));
            return 401;
        }
        JsonNode body = HttpIo.json(ex);
        String user = body == null ? null : body.path("username").asText(body.path("userName").asText(null));
        String password = body == null ? null : body.path("password").asText(null);
        if (dir.crowdUserFailure(user, password) != null) {
            ObjectNode err = Json.obj();
            err.put("reason", "INVALID_USER_AUTHENTICATION");
            err.put("message", "Failed to authenticate principal, password was invalid");
            HttpIo.sendJson(ex, 400, err);
            return 400;
        }
        String token = SsoDirectory.randomToken(12);
        Instant expires = Instant.now().plus(Duration.ofMinutes(30));
        sessions.put(token, new FakeOkta.Timed(user, expires));
        dir.issued(token);
        ObjectNode o = Json.obj();
        o.put("expand", "user");
        o.put("token", token);
        o.putObject("user").put("name", user);
        o.putObject("link").put("href", base + SESSION_PATH + "/" + token).put("rel", "self");
        o.put("created-date", Instant.now().toEpochMilli());
        o.put("expiry-date", expires.toEpochMilli());
        ex.getResponseHeaders().add("Location", base + SESSION_PATH + "/" + token);
        HttpIo.sendJson(ex, 201, o);
        return 201;
    }

    private boolean appAuthenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        return colon > 0 && dir.crowdApp(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
