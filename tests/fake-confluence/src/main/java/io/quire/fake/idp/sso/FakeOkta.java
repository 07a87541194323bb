package io.quire.fake.idp.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.Json;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.idp.sso.SsoDirectory.OktaUser;
import io.quire.fake.idp.sso.SsoDirectory.Push;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Okta's classic authentication API as a trusted application or the driver sees it:
 * <ul>
 * <li>{@code POST /api/v1/authn {username, password, context.deviceToken}} (optionally with
 * {@code Authorization: SSWS <org API token>}) answers {@code SUCCESS} with a sessionToken, or
 * {@code MFA_REQUIRED} with a stateToken and the enrolled factors; bad credentials give 401
 * {@code E0000004}. A remembered device (the {@code DT} cookie, or context.deviceToken from a
 * trusted app) skips the second factor.</li>
 * <li>{@code POST /api/v1/authn/factors/{id}/verify[?rememberDevice=true] {stateToken, passCode}}:
 * TOTP checks the code; SMS and e-mail send a code when none is given (readable through the admin
 * endpoint) and check it otherwise; push answers WAITING and is polled on {@code _links.next}
 * until the user's configured answer.</li>
 * </ul>
 * The app's sign-on pages (embed link, SAML endpoint) are in {@link FakeOktaApp}.
 */
final class FakeOkta {
    private static final Duration TXN_LIFETIME = Duration.ofMinutes(5);
    private static final Duration PUSH_APPROVE_AFTER = Duration.ofMillis(1200);
    private static final Duration PUSH_TIMEOUT_AFTER = Duration.ofMillis(2500);

    private final String base;
    private final SsoDirectory dir;
    private final RequestLog log;
    private final Map<String, Txn> transactions = new ConcurrentHashMap<>();
    private final Map<String, Timed> sessionTokens = new ConcurrentHashMap<>();

    /** One authentication transaction waiting for its second factor. */
    private static final class Txn {
        final OktaUser user;
        final String contextDevice;
        final Instant expires = Instant.now().plus(TXN_LIFETIME);
        volatile Instant pushStarted;

        Txn(OktaUser user, String contextDevice) {
            this.user = user;
            this.contextDevice = contextDevice;
        }
    }

    record Timed(String login, Instant expires) {
    }

    FakeOkta(String base, SsoDirectory dir, RequestLog log) {
        this.base = base;
        this.dir = dir;
        this.log = log;
    }

    /** Uses up a sessionToken: the user it was issued to, or null when unknown or expired. */
    String redeemSessionToken(String token) {
        Timed t = token == null ? null : sessionTokens.remove(token);
        return t == null || t.expires().isBefore(Instant.now()) ? null : t.login();
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String ssws = ex.getRequestHeaders().getFirst("Authorization");
            RequestLog.Entry entry = log.add(ex.getRequestMethod(), path, "", ssws == null ? "none" : "SSWS");
            int status;
            if (!ex.getRequestMethod().equals("POST")) {
                status = reply(ex, 405, HttpIo.oktaError("E0000022", "The endpoint does not support the provided HTTP method"));
            } else if (ssws != null && !ssws.equals("SSWS " + SsoDirectory.OKTA_API_TOKEN)) {
                status = reply(ex, 401, HttpIo.oktaError("E0000011", "Invalid token provided"));
            } else if (path.equals("/api/v1/authn")) {
                status = authn(ex, ssws != null);
            } else if (path.startsWith("/api/v1/authn/factors/") && path.endsWith("/verify")) {
                String id = path.substring("/api/v1/authn/factors/".length(), path.length() - "/verify".length());
                status = verify(ex, id);
            } else {
                status = reply(ex, 404, HttpIo.oktaError("E0000007", "Not found: Resource not found: " + path));
            }
            entry.status(status);
        }
    }

    private int authn(HttpExchange ex, boolean trusted) throws IOException {
        JsonNode body = HttpIo.json(ex);
        if (body == null) {
            return reply(ex, 400, HttpIo.oktaError("E0000003", "The request body was not well-formed."));
        }
        OktaUser user = dir.oktaLogin(body.path("username").asText(null), body.path("password").asText(null));
        if (user == null) {
            return reply(ex, 401, HttpIo.oktaError("E0000004", "Authentication failed"));
        }
        // Okta honours a client-supplied device token only from trusted apps; browsers carry the DT cookie.
        String contextDevice = trusted ? body.path("context").path("deviceToken").asText(null) : null;
        String cookieDevice = HttpIo.cookie(ex.getRequestHeaders(), "DT");
        if (!user.mfa() || dir.remembered(cookieDevice, user.login()) || dir.remembered(contextDevice, user.login())) {
            return reply(ex, 200, success(user));
        }
        String stateToken = "00" + SsoDirectory.randomToken(20);
        transactions.put(stateToken, new Txn(user, contextDevice));
        dir.issued(stateToken);
        ObjectNode o = Json.obj();
        o.put("stateToken", stateToken);
        o.put("expiresAt", Json.iso(Instant.now().plus(TXN_LIFETIME)));
        o.put("status", "MFA_REQUIRED");
        ObjectNode emb = o.putObject("_embedded");
        emb.set("user", userJson(user));
        var factors = emb.putArray("factors");
        for (String type : SsoDirectory.FACTORS) {
            factors.add(factorJson(type));
        }
        o.putObject("_links").putObject("cancel").put("href", base + "/api/v1/authn/cancel");
        return reply(ex, 200, o);
    }

    private int verify(HttpExchange ex, String factorId) throws IOException {
        JsonNode body = HttpIo.json(ex);
        String stateToken = body == null ? null : body.path("stateToken").asText(null);
        Txn txn = stateToken == null ? null : transactions.get(stateToken);
        if (txn == null || txn.expires.isBefore(Instant.now())) {
            return reply(ex, 401, HttpIo.oktaError("E0000011", "Invalid token provided"));
        }
        String type = typeOf(factorId);
        if (type == null) {
            return reply(ex, 404, HttpIo.oktaError("E0000007", "Not found: Resource not found: " + factorId + " (Factor)"));
        }
        boolean remember = "true".equalsIgnoreCase(HttpIo.query(ex).get("rememberDevice"));
        String passCode = body.path("passCode").asText(null);
        OktaUser user = txn.user;
        switch (type) {
            case "token:software:totp" -> {
                if (passCode == null || passCode.isBlank()) {
                    return reply(ex, 403, HttpIo.oktaError("E0000001", "Api validation failed: passCode"));
                }
                if (!Totp.verify(SsoDirectory.TOTP_SECRET, passCode, Instant.now().getEpochSecond())) {
                    return reply(ex, 403, HttpIo.oktaError("E0000068", "Invalid Passcode/Answer"));
                }
                return succeed(ex, stateToken, txn, remember);
            }
            case "sms", "email" -> {
                if (passCode == null || passCode.isBlank()) {
                    dir.sendCode(user.login(), type);
                    return reply(ex, 200, challenge(stateToken, type, "CHALLENGE"));
                }
                if (!dir.useCode(user.login(), type, passCode)) {
                    return reply(ex, 403, HttpIo.oktaError("E0000068", "Invalid Passcode/Answer"));
                }
                return succeed(ex, stateToken, txn, remember);
            }
            default -> {
                if (txn.pushStarted == null) {
                    txn.pushStarted = Instant.now();
                    return reply(ex, 200, challenge(stateToken, type, "WAITING"));
                }
                Duration waited = Duration.between(txn.pushStarted, Instant.now());
                Push push = dir.push(user);
                if (push == Push.APPROVE && waited.compareTo(PUSH_APPROVE_AFTER) >= 0) {
                    return succeed(ex, stateToken, txn, remember);
                }
                if (push == Push.REJECT) {
                    transactions.remove(stateToken);
                    return reply(ex, 200, challenge(stateToken, type, "REJECTED"));
                }
                if (push == Push.TIMEOUT && waited.compareTo(PUSH_TIMEOUT_AFTER) >= 0) {
                    transactions.remove(stateToken);
                    return reply(ex, 200, challenge(stateToken, type, "TIMEOUT"));
                }
                return reply(ex, 200, challenge(stateToken, type, "WAITING"));
            }
        }
    }

    private int succeed(HttpExchange ex, String stateToken, Txn txn, boolean remember) throws IOException {
        transactions.remove(stateToken);
        if (remember) {
            String device = txn.contextDevice != null ? txn.contextDevice : "dt" + SsoDirectory.randomToken(16);
            dir.rememberDevice(device, txn.user.login());
            dir.issued(device);
            ex.getResponseHeaders().add("Set-Cookie", "DT=" + device + "; Path=/; Max-Age=2592000; HttpOnly");
        }
        return reply(ex, 200, success(txn.user));
    }

    private ObjectNode success(OktaUser user) {
        String token = "20111" + SsoDirectory.randomToken(16);
        sessionTokens.put(token, new Timed(user.login(), Instant.now().plus(Duration.ofMinutes(5))));
        dir.issued(token);
        ObjectNode o = Json.obj();
        o.put("expiresAt", Json.iso(Instant.now().plus(Duration.ofMinutes(5))));
        o.put("status", "SUCCESS");
        o.put("sessionToken", token);
        o.putObject("_embedded").set("user", userJson(user));
        return o;
    }

    private ObjectNode challenge(String stateToken, String type, String factorResult) {
        ObjectNode o = Json.obj();
        boolean done = factorResult.equals("REJECTED") || factorResult.equals("TIMEOUT");
        if (!done) {
            o.put("stateToken", stateToken);
        }
        o.put("expiresAt", Json.iso(Instant.now().plus(TXN_LIFETIME)));
        o.put("status", "MFA_CHALLENGE");
        o.put("factorResult", factorResult);
        o.putObject("_embedded").set("factor", factorJson(type));
        ObjectNode links = o.putObject("_links");
        if (!done) {
            ObjectNode next = links.putObject("next");
            next.put("name", "poll");
            next.put("href", base + "/api/v1/authn/factors/" + idOf(type) + "/verify");
            next.putObject("hints").putArray("allow").add("POST");
        }
        links.putObject("cancel").put("href", base + "/api/v1/authn/cancel");
        return o;
    }

    private ObjectNode factorJson(String type) {
        ObjectNode f = Json.obj();
        f.put("id", idOf(type));
        f.put("factorType", type);
        f.put("provider", "OKTA");
        f.put("vendorName", "OKTA");
        ObjectNode profile = f.putObject("profile");
        switch (type) {
            case "sms" -> profile.put("phoneNumber", "+1 XXX-XXX-0042");
            case "email" -> profile.put("email", "o...a@quire.example");
            case "push" -> profile.put("name", "Quire test phone").put("platform", "IOS");
            default -> profile.put("credentialId", "okta.user");
        }
        ObjectNode verify = f.putObject("_links").putObject("verify");
        verify.put("href", base + "/api/v1/authn/factors/" + idOf(type) + "/verify");
        verify.putObject("hints").putArray("allow").add("POST");
        return f;
    }

    private static ObjectNode userJson(OktaUser user) {
        ObjectNode u = Json.obj();
        u.put("id", user.id());
        ObjectNode p = u.putObject("profile");
        p.put("login", user.login());
        p.put("firstName", "Quire");
        p.put("lastName", "Tester");
        p.put("locale", "en");
        p.put("timeZone", "UTC");
        return u;
    }

    private static String idOf(String type) {
        return switch (type) {
            case "push" -> "opfpush0quire";
            case "token:software:totp" -> "osttotp0quire";
            case "sms" -> "smssms00quire";
            default -> "emfemail0quire";
        };
    }

    private static String typeOf(String id) {
        for (String t : SsoDirectory.FACTORS) {
            if (idOf(t).equals(id)) {
                return t;
            }
        }
        return null;
    }

    private static int reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        HttpIo.sendJson(ex, status, body);
        return status;
    }
}
