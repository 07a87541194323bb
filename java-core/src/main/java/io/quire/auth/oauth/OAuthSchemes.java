package io.quire.auth.oauth;

import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;

/** AuthScheme=OAuth (OAuth 2.0, OAuth 1.0a, external bearer tokens) and AuthScheme=OAuthClient. */
public final class OAuthSchemes {
    private OAuthSchemes() {
    }

    public static Authenticator forConfig(ConnectionConfig cfg, Deployment deployment) {
        throw new QuireException(SqlState.UNABLE_TO_CONNECT, "AuthScheme=OAuth is not supported yet.");
    }
}
