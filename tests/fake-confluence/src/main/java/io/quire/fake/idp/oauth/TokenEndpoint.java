package io.quire.fake.idp.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * POST /__oauth/token: the authorization_code, refresh_token (rotating) and client_credentials
 * grants. The client authenticates with client_id/client_secret in the body (Atlassian's JSON
 * style) or HTTP Basic (RFC 6749 2.3.1); errors are RFC 6749 5.2 bodies.
 */
final class TokenEndpoint {
    private final FakeOAuthConfig cfg;
    private final IssuedTokens tokens;

    TokenEndpoint(FakeOAuthConfig cfg, IssuedTokens tokens) {
        this.cfg = cfg;
        this.tokens = tokens;
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                Exchanges.error(ex, 405, "invalid_request", "The token endpoint takes POST.");
                return;
            }
            Map<String, String> p = Exchanges.body(ex);
            String[] basic = basic(ex.getRequestHeaders().getFirst("Authorization"));
            String clientId = basic != null ? basic[0] : p.get("client_id");
            String secret = basic != null ? basic[1] : p.get("client_secret");
            if (clientId == null || secret == null || !cfg.clients().containsKey(clientId)
                    || !same(cfg.clients().get(clientId), secret)) {
                if (basic != null) {
                    ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"oauth\"");
                }
                Exchanges.error(ex, 401, "invalid_client", "Unknown client or wrong client secret.");
                return;
            }
            String grant = String.valueOf(p.get("grant_type"));
            switch (grant) {
                case "authorization_code" -> code(ex, clientId, p);
                case "refresh_token" -> refresh(ex, clientId, p);
                case "client_credentials" -> answer(ex, clientId, "client_credentials",
                        p.getOrDefault("scope", ""), false);
                default -> Exchanges.error(ex, 400, "unsupported_grant_type", "grant_type '" + grant
                        + "' is not supported.");
            }
        }
    }

    private void code(HttpExchange ex, String clientId, Map<String, String> p) throws IOException {
        IssuedTokens.Code c = tokens.takeCode(p.get("code"));
        if (c == null || !c.clientId().equals(clientId)) {
            Exchanges.error(ex, 403, "invalid_grant", "Invalid authorization code");
            return;
        }
        if (!c.redirectUri().equals(p.get("redirect_uri"))) {
            Exchanges.error(ex, 403, "invalid_grant", "redirect_uri does not match the authorization request");
            return;
        }
        answer(ex, clientId, "authorization_code", c.scope(), c.scope().contains("offline_access"));
    }

    private void refresh(HttpExchange ex, String clientId, Map<String, String> p) throws IOException {
        IssuedTokens.Refresh r = tokens.takeRefresh(p.get("refresh_token"));
        if (r == null || !r.clientId().equals(clientId)) {
            Exchanges.error(ex, 403, "invalid_grant", "Unknown or invalid refresh token.");
            return;
        }
        answer(ex, clientId, "refresh_token", r.scope(), true);
    }

    private void answer(HttpExchange ex, String clientId, String grant, String scope, boolean withRefresh)
            throws IOException {
        ObjectNode o = Json.obj();
        o.put("access_token", tokens.newAccess(clientId, grant, scope));
        o.put("token_type", "Bearer");
        o.put("expires_in", tokens.accessSeconds());
        o.put("scope", scope);
        if (withRefresh) {
            o.put("refresh_token", tokens.newRefresh(clientId, scope));
        }
        Exchanges.json(ex, 200, o);
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String s = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            return colon < 0 ? null : new String[] {decode(s.substring(0, colon)), decode(s.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 6749 2.3.1: id and secret are form-urlencoded before Basic encoding. */
    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8))
                && !Arrays.equals(new byte[0], a.getBytes(StandardCharsets.UTF_8));
    }
}
