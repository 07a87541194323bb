package io.quire.auth;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * How a connection proves who it is. As an OkHttp interceptor it adds credentials to every
 * request to the site (a header, a signature or session cookies) and, where the scheme can,
 * renews them once when the site answers 401 before giving the 401 back. Schemes that need
 * round trips before the first request (token exchange, identity-provider sign-on) do them in
 * {@link #login}; schemes whose requests go through a gateway say so in {@link #apiBase}.
 * Implementations never log or put into messages the secrets they hold.
 */
public interface Authenticator extends Interceptor {

    /** Signs in before the first request to the site. The default needs no round trip. */
    default void login(AuthContext ctx) {
    }

    /**
     * False while the connection has no credentials yet and may only run the procedures that
     * obtain them (an OAuth web flow: GetOAuthAuthorizationURL, then GetOAuthAccessToken). The
     * connection then skips its check request, and table queries fail with 28000 naming what to do.
     */
    default boolean signedIn() {
        return true;
    }

    /**
     * Base that the site's REST paths ({@code /rest/api}, {@code /api/v2}) are appended to:
     * siteBase itself ({@code https://x.atlassian.net/wiki}, {@code https://wiki.example.com}),
     * or a gateway in front of it (OAuth 2.0 on Cloud: {@code https://api.atlassian.com/ex/confluence/<cloud id>/wiki}).
     * Called after {@link #login}.
     */
    default HttpUrl apiBase(HttpUrl siteBase) {
        return siteBase;
    }

    /**
     * True when every request of the scheme goes to the site (no identity provider, token or
     * gateway endpoint): an http:// site then needs no TLS at all ({@code HttpClients.base}).
     */
    default boolean signsInAtSiteOnly() {
        return false;
    }
}
