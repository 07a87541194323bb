package io.quire.auth.sso;

import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;

/** AuthScheme=Okta and AuthScheme=Crowd: SAML single sign-on, then the site's session cookies. */
public final class SsoSchemes {
    private SsoSchemes() {
    }

    public static Authenticator forConfig(ConnectionConfig cfg, Deployment deployment) {
        throw new QuireException(SqlState.UNABLE_TO_CONNECT, "AuthScheme=Okta and Crowd are not supported yet.");
    }
}
