package io.quire.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.log.QuireLog;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The token endpoint: authorization code exchange, refresh (the new refresh token replaces the old
 * one: Atlassian rotates them) and client credentials. Three-legged grants go to Atlassian Cloud
 * as JSON with the client in the body (as its documentation shows), elsewhere as an RFC 6749 form;
 * client credentials always as a form with the client as HTTP Basic (RFC 6749 2.3.1). Every token
 * obtained is added to the log's secrets; no message carries a token, code or secret.
 */
final class TokenClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OAuthApp app;
    private final OkHttpClient http;
    private final QuireLog log;
    private final Clock clock;

    TokenClient(OAuthApp app, OkHttpClient http, QuireLog log, Clock clock) {
        this.app = app;
        this.http = http;
        this.log = log;
        this.clock = clock;
    }

    /** Exchanges an authorization code (OAuthVerifier, or the code the browser brought back). */
    OAuthTokens exchangeCode(String code, String redirectUri) {
        log.addSecret(code);
        String what = "Exchanging the authorization code";
        ObjectNode p = threeLegged("authorization_code", what);
        p.put("code", code);
        p.put("redirect_uri", redirectUri);
        return post(p, what, List.of(code));
    }

    OAuthTokens refresh(String refreshToken) {
        log.addSecret(refreshToken);
        String what = "Refreshing the OAuth access token";
        ObjectNode p = threeLegged("refresh_token", what);
        p.put("refresh_token", refreshToken);
        return post(p, what, List.of(refreshToken)).keepingRefresh(refreshToken);
    }

    OAuthTokens clientCredentials() {
        String what = "AuthScheme=OAuthClient";
        String id = app.requireClientId(what);
        String secret = app.requireClientSecret(what);
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (app.scopeSet()) {
            form.add("scope", app.scope());
        }
        Request req = new Request.Builder().url(app.tokenUrl())
                .header("Authorization", Credentials.basic(formEncode(id), formEncode(secret), StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .post(form.build()).build();
        return send(req, what, List.of());
    }

    private ObjectNode threeLegged(String grant, String what) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("grant_type", grant);
        p.put("client_id", app.requireClientId(what));
        p.put("client_secret", app.requireClientSecret(what));
        return p;
    }

    private OAuthTokens post(ObjectNode params, String what, List<String> sent) {
        RequestBody body;
        if (app.cloud()) {
            body = RequestBody.create(params.toString(), JSON);
        } else {
            FormBody.Builder form = new FormBody.Builder();
            params.fields().forEachRemaining(e -> form.add(e.getKey(), e.getValue().asText()));
            body = form.build();
        }
        return send(new Request.Builder().url(app.tokenUrl()).header("Accept", "application/json").post(body).build(),
                what, sent);
    }

    private OAuthTokens send(Request req, String what, List<String> sent) {
        List<String> hidden = new ArrayList<>(sent);
        if (app.clientSecret() != null) {
            hidden.add(app.clientSecret());
        }
        String where = app.tokenUrl().newBuilder().query(null).build().toString();
        try (Response r = http.newCall(req).execute()) {
            String text = r.body() == null ? "" : r.body().string();
            JsonNode json = parse(text);
            if (!r.isSuccessful()) {
                throw refused(what, where, r.code(), json, hidden);
            }
            String access = json == null ? null : text(json, "access_token");
            if (access == null) {
                throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), what + ": the token endpoint "
                        + where + " answered without an access_token.", null);
            }
            String refresh = text(json, "refresh_token");
            log.addSecret(access);
            log.addSecret(refresh);
            long expiresIn = json.path("expires_in").asLong(0);
            log.log(3, "OAuth: got an access token" + (refresh != null ? " and a refresh token" : "")
                    + (expiresIn > 0 ? " valid " + expiresIn + " s" : ""));
            return new OAuthTokens(access, refresh, expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null);
        } catch (IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, what + ": cannot reach the token endpoint "
                    + where + " (" + e.getClass().getSimpleName() + ").", null);
        }
    }

    private static QuireException refused(String what, String where, int status, JsonNode json, List<String> hidden) {
        String error = json == null ? null : text(json, "error");
        String description = json == null ? null : text(json, "error_description");
        if (description != null) {
            for (String h : hidden) {
                if (h != null && !h.isEmpty()) {
                    description = description.replace(h, "********");
                }
            }
        }
        String detail = error == null ? "HTTP " + status : error + (description == null ? "" : ": " + description);
        String hint = switch (error == null ? "" : error) {
            case "invalid_client", "unauthorized_client" -> " Check OAuthClientId and OAuthClientSecret.";
            case "invalid_grant" -> " The code or refresh token is expired, already used or revoked.";
            case "invalid_scope" -> " Check Scope.";
            default -> "";
        };
        SqlState state = status >= 500 ? SqlState.UNABLE_TO_CONNECT : SqlState.INVALID_AUTHORIZATION;
        return new OAuthRefusal(state, status, what + " failed: the token endpoint " + where + " answered "
                + detail + "." + hint, error);
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    private static String formEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A refusal by the token endpoint, with its RFC 6749 error code (invalid_grant ...). */
    static final class OAuthRefusal extends QuireException {
        private final String error;

        OAuthRefusal(SqlState state, int status, String message, String error) {
            super(state, status, message, null);
            this.error = error;
        }

        boolean invalidGrant() {
            return "invalid_grant".equals(error);
        }
    }
}
