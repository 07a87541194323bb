package io.quire.auth.oauth;

import java.security.SecureRandom;
import java.util.Base64;
import okhttp3.HttpUrl;

/**
 * The address that starts a three-legged sign-in: Atlassian's authorize endpoint with
 * audience=api.atlassian.com, client_id, scope, redirect_uri, state, response_type=code and
 * prompt=consent (the audience only on Cloud; a Data Center provider takes the rest).
 */
final class AuthorizationUrl {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthorizationUrl() {
    }

    static String build(OAuthApp app, String callbackUrl, String state, String scope) {
        HttpUrl.Builder b = app.authorizationUrl().newBuilder();
        if (app.cloud()) {
            b.addQueryParameter("audience", "api.atlassian.com");
        }
        b.addQueryParameter("client_id", app.requireClientId("The OAuth sign-in"))
                .addQueryParameter("scope", scope)
                .addQueryParameter("redirect_uri", callbackUrl)
                .addQueryParameter("state", state)
                .addQueryParameter("response_type", "code")
                .addQueryParameter("prompt", "consent");
        return b.build().toString();
    }

    /** An unguessable state value binding the browser's answer to this sign-in. */
    static String newState() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
