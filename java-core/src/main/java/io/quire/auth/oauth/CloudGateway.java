package io.quire.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Atlassian's API gateway, which OAuth 2.0 requests to a Cloud site go through:
 * {@code <OAuthGatewayURL>/ex/confluence/<cloud id>/wiki/...}. The cloud id is CloudId, or found
 * by asking {@code <OAuthGatewayURL>/oauth/token/accessible-resources} which sites the token
 * reaches and matching the site's host (and port). Requests addressed to the site itself (links
 * the site gives relative to its own address) are moved onto the gateway before they leave.
 */
final class CloudGateway {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpUrl gateway;
    private final HttpUrl siteBase;
    private volatile String cloudId;

    CloudGateway(HttpUrl gateway, HttpUrl siteBase, String cloudId) {
        this.gateway = gateway;
        this.siteBase = siteBase;
        this.cloudId = cloudId == null || cloudId.isBlank() ? null : cloudId.trim();
    }

    String cloudId() {
        return cloudId;
    }

    /** {@code <gateway>/ex/confluence/<cloud id>/wiki}, or null while the cloud id is unknown. */
    HttpUrl apiBase() {
        String id = cloudId;
        return id == null ? null : gateway.newBuilder().addPathSegments("ex/confluence").addPathSegment(id)
                .addPathSegment("wiki").build();
    }

    /** Finds the cloud id with this access token unless it is known. */
    void resolve(OkHttpClient http, String accessToken) {
        if (cloudId != null) {
            return;
        }
        synchronized (this) {
            if (cloudId == null) {
                cloudId = discover(http, accessToken);
            }
        }
    }

    /** The request moved from the site onto the gateway; others unchanged. */
    Request route(Request r) {
        HttpUrl api = apiBase();
        String url = r.url().toString();
        String site = siteBase.toString().replaceAll("/+$", "");
        if (api == null || !(url.equals(site) || url.startsWith(site + "/") || url.startsWith(site + "?"))) {
            return r;
        }
        HttpUrl moved = HttpUrl.get(api.toString().replaceAll("/+$", "") + url.substring(site.length()));
        return r.newBuilder().url(moved).build();
    }

    private String discover(OkHttpClient http, String accessToken) {
        HttpUrl url = gateway.newBuilder().addPathSegments("oauth/token/accessible-resources").build();
        Request req = new Request.Builder().url(url).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").get().build();
        JsonNode sites;
        try (Response r = http.newCall(req).execute()) {
            if (r.code() == 401 || r.code() == 403) {
                throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "The OAuth access token was refused "
                        + "by " + url + " (HTTP " + r.code() + ") while looking for the site's cloud id.", null);
            }
            if (!r.isSuccessful()) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, r.code(), "GET " + url + " answered HTTP "
                        + r.code() + " while looking for the site's cloud id; set CloudId to skip this step.", null);
            }
            sites = MAPPER.readTree(r.body().byteStream());
        } catch (IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "Cannot read the accessible resources at " + url
                    + " (" + e.getClass().getSimpleName() + "); set CloudId to skip this step.", null);
        }
        List<String> names = new ArrayList<>();
        if (sites != null && sites.isArray()) {
            for (JsonNode s : sites) {
                String id = s.path("id").asText("");
                HttpUrl u = HttpUrl.parse(s.path("url").asText(""));
                if (u != null) {
                    names.add(u.host() + (u.port() == HttpUrl.defaultPort(u.scheme()) ? "" : ":" + u.port()));
                }
                if (u != null && !id.isEmpty() && sameSite(u)) {
                    return id;
                }
            }
        }
        throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The OAuth token does not reach "
                + siteBase.host() + ": it reaches " + (names.isEmpty() ? "no Confluence site" : String.join(", ", names))
                + ". Check Url, or sign in with an account and app that can use this site (or set CloudId).");
    }

    private boolean sameSite(HttpUrl u) {
        return u.host().toLowerCase(Locale.ROOT).equals(siteBase.host().toLowerCase(Locale.ROOT))
                && u.port() == siteBase.port();
    }
}
