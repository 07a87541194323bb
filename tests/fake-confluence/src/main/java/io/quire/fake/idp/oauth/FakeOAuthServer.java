package io.quire.fake.idp.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.ApiGateway;
import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.confluence.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An Atlassian-like OAuth 2.0 server beside the fake site, on its port:
 * <ul>
 * <li>{@code GET /__oauth/authorize} (audience, client_id, scope, redirect_uri, state,
 *     response_type=code, prompt): the user consents at once; 302 to redirect_uri with code and state.</li>
 * <li>{@code POST /__oauth/token}: see {@link TokenEndpoint}.</li>
 * <li>{@code GET /oauth/token/accessible-resources} with a bearer: the sites the token reaches
 *     (the fake site and one more), so the gateway base is the server's root.</li>
 * <li>{@code /ex/confluence/<cloud id>/wiki/...}: the gateway (served by {@link FakeConfluenceServer})
 *     passes every access token issued here (three-legged or client credentials, as Atlassian's
 *     service accounts); never the site's Basic credentials; Data Center paths ({@code /rest/...}) take every
 *     token issued here (an identity provider in front of the site), alongside the PAT.</li>
 * <li>Admin: {@code POST /__admin/oauth/expire?what=access|refresh|all}, {@code POST
 *     /__admin/oauth/settings?access_token_seconds=N}, {@code POST /__admin/oauth/deny} (the next
 *     authorization is refused), {@code GET /__admin/oauth/grants} (tokens issued per grant type).</li>
 * </ul>
 */
public final class FakeOAuthServer implements ApiGateway {
    private final FakeConfluenceServer site;
    private final FakeOAuthConfig cfg;
    private final IssuedTokens tokens;
    private final AtomicBoolean denyNext = new AtomicBoolean();

    private FakeOAuthServer(FakeConfluenceServer site, FakeOAuthConfig cfg) {
        this.site = site;
        this.cfg = cfg;
        this.tokens = new IssuedTokens(cfg.accessTokenSeconds());
    }

    public static FakeOAuthServer mount(FakeConfluenceServer site, FakeOAuthConfig cfg) {
        FakeOAuthServer s = new FakeOAuthServer(site, cfg);
        TokenEndpoint token = new TokenEndpoint(cfg, s.tokens);
        site.mount("/__oauth/authorize", s::authorize);
        site.mount("/__oauth/token", token::handle);
        site.mount("/oauth/token/accessible-resources", s::accessibleResources);
        site.mount("/__admin/oauth/", s::admin);
        site.gateway(s);
        site.auth().register((headers, method, pathAndQuery) -> pathAndQuery.startsWith("/rest/")
                && s.tokens.validAccess(Exchanges.bearer(headers.getFirst("Authorization"))) != null);
        return s;
    }

    @Override
    public boolean serves(String cloudId) {
        return cfg.cloudId().equals(cloudId);
    }

    @Override
    public boolean accepts(Headers requestHeaders) {
        IssuedTokens.Access a = tokens.validAccess(Exchanges.bearer(requestHeaders.getFirst("Authorization")));
        return a != null;
    }

    private void authorize(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = Exchanges.query(ex);
            String clientId = q.get("client_id");
            String redirect = q.get("redirect_uri");
            if (clientId == null || !cfg.clients().containsKey(clientId)) {
                Exchanges.html(ex, 400, "Unknown app (client_id).");
                return;
            }
            if (redirect == null || !redirect.matches("https?://.+")) {
                Exchanges.html(ex, 400, "redirect_uri is missing or not an http(s) address.");
                return;
            }
            String state = q.get("state");
            String sep = URI.create(redirect).getRawQuery() == null ? "?" : "&";
            String tail = state == null ? "" : "&state=" + enc(state);
            if (denyNext.getAndSet(false)) {
                Exchanges.redirect(ex, redirect + sep + "error=access_denied&error_description="
                        + enc("The user did not allow access.") + tail);
                return;
            }
            if (!"code".equals(q.get("response_type"))) {
                Exchanges.redirect(ex, redirect + sep + "error=unsupported_response_type" + tail);
                return;
            }
            String code = tokens.newCode(clientId, redirect, q.getOrDefault("scope", ""));
            Exchanges.redirect(ex, redirect + sep + "code=" + enc(code) + tail);
        }
    }

    private void accessibleResources(HttpExchange ex) throws IOException {
        try (ex) {
            IssuedTokens.Access a = tokens.validAccess(Exchanges.bearer(ex.getRequestHeaders().getFirst("Authorization")));
            if (a == null) {
                ObjectNode o = Json.obj();
                o.put("code", 401);
                o.put("message", "Unauthorized");
                Exchanges.json(ex, 401, o);
                return;
            }
            ArrayNode out = Json.arr();
            out.add(resource(cfg.otherCloudId(), "https://other-site.atlassian.net", "Other site", a.scope()));
            out.add(resource(cfg.cloudId(), site.url(), "Quire demo", a.scope()));
            Exchanges.json(ex, 200, out);
        }
    }

    private static ObjectNode resource(String id, String url, String name, String scope) {
        ObjectNode o = Json.obj();
        o.put("id", id);
        o.put("url", url);
        o.put("name", name);
        ArrayNode scopes = o.putArray("scopes");
        for (String s : scope.split(" ")) {
            if (!s.isBlank() && !s.equals("offline_access")) {
                scopes.add(s);
            }
        }
        o.put("avatarUrl", "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/rocket.png");
        return o;
    }

    private void admin(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = Exchanges.query(ex);
            String what = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            switch (what) {
                case "POST /__admin/oauth/expire" -> {
                    String kind = q.getOrDefault("what", "access");
                    if (kind.equals("access") || kind.equals("all")) {
                        tokens.expireAccessTokens();
                    }
                    if (kind.equals("refresh") || kind.equals("all")) {
                        tokens.expireRefreshTokens();
                    }
                    Exchanges.send(ex, 204, "text/plain", new byte[0]);
                }
                case "POST /__admin/oauth/settings" -> {
                    try {
                        if (q.containsKey("access_token_seconds")) {
                            tokens.accessSeconds(Long.parseLong(q.get("access_token_seconds")));
                        }
                        Exchanges.send(ex, 204, "text/plain", new byte[0]);
                    } catch (NumberFormatException e) {
                        Exchanges.send(ex, 400, "text/plain", "bad number".getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "POST /__admin/oauth/deny" -> {
                    denyNext.set(true);
                    Exchanges.send(ex, 204, "text/plain", new byte[0]);
                }
                case "GET /__admin/oauth/grants" -> {
                    ObjectNode o = Json.obj();
                    tokens.grantCounts().forEach(o::put);
                    Exchanges.json(ex, 200, o);
                }
                default -> Exchanges.send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
