package io.quire.auth.oauth;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;
import okhttp3.HttpUrl;

/**
 * The OAuth app a connection signs in with and the endpoints it talks to, from the connection's
 * properties. On Data Center the authorization and token endpoints default to the site's own
 * OAuth 2.0 provider ({@code <site>/rest/oauth2/latest/...}) unless set; on Cloud to Atlassian's.
 *
 * @param siteBase the site (Cloud: with {@code /wiki}); names the settings file and matches the cloud id
 */
record OAuthApp(String clientId, String clientSecret, HttpUrl authorizationUrl, HttpUrl tokenUrl,
                HttpUrl gatewayUrl, String callbackUrl, String scope, boolean scopeSet, Deployment deployment,
                HttpUrl siteBase) {

    static OAuthApp from(ConnectionConfig cfg, Deployment deployment, HttpUrl siteBase) {
        boolean dc = deployment == Deployment.DATA_CENTER;
        HttpUrl authorize = dc && !cfg.isSet(ConnectionProperties.OAUTH_AUTHORIZATION_URL) && siteBase != null
                ? siteBase.newBuilder().addPathSegments("rest/oauth2/latest/authorize").build()
                : url(cfg, ConnectionProperties.OAUTH_AUTHORIZATION_URL.name(), cfg.get(ConnectionProperties.OAUTH_AUTHORIZATION_URL));
        HttpUrl token = dc && !cfg.isSet(ConnectionProperties.OAUTH_ACCESS_TOKEN_URL) && siteBase != null
                ? siteBase.newBuilder().addPathSegments("rest/oauth2/latest/token").build()
                : url(cfg, ConnectionProperties.OAUTH_ACCESS_TOKEN_URL.name(), cfg.get(ConnectionProperties.OAUTH_ACCESS_TOKEN_URL));
        return new OAuthApp(cfg.get(ConnectionProperties.OAUTH_CLIENT_ID), cfg.get(ConnectionProperties.OAUTH_CLIENT_SECRET),
                authorize, token, url(cfg, ConnectionProperties.OAUTH_GATEWAY_URL.name(), cfg.get(ConnectionProperties.OAUTH_GATEWAY_URL)),
                cfg.get(ConnectionProperties.CALLBACK_URL), cfg.get(ConnectionProperties.SCOPE),
                cfg.isSet(ConnectionProperties.SCOPE), deployment, siteBase);
    }

    /** The site's base from Url as ConfluenceSite computes it (Cloud gets /wiki), for callers outside a connection. */
    static HttpUrl siteBase(ConnectionConfig cfg, Deployment[] deploymentOut) {
        String url = cfg.get(ConnectionProperties.URL);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim().replaceAll("/+$", ""));
        if (parsed == null) {
            deploymentOut[0] = Deployment.CLOUD;
            return null;
        }
        Deployment d = Deployment.detect(parsed, cfg.get(ConnectionProperties.DEPLOYMENT));
        deploymentOut[0] = d;
        if (d == Deployment.CLOUD && !parsed.pathSegments().contains("wiki")) {
            return parsed.newBuilder().addPathSegment("wiki").build();
        }
        return parsed;
    }

    boolean cloud() {
        return deployment == Deployment.CLOUD;
    }

    /** The client id, or a 28000 error saying what needs it. */
    String requireClientId(String forWhat) {
        if (clientId == null || clientId.isBlank()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, forWhat + " needs OAuthClientId (the client id of "
                    + "your OAuth app).");
        }
        return clientId;
    }

    String requireClientSecret(String forWhat) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, forWhat + " needs OAuthClientSecret (the client "
                    + "secret of your OAuth app).");
        }
        return clientSecret;
    }

    private static HttpUrl url(ConnectionConfig cfg, String name, String value) {
        HttpUrl u = value == null ? null : HttpUrl.parse(value.trim());
        if (u == null) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, name + " '" + value + "' is not an http or https address.");
        }
        return u;
    }
}
