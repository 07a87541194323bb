package io.quire.auth.sso;

import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.rest.Deployment;

/**
 * AuthScheme=Okta and AuthScheme=Crowd: a SAML single sign-on at the identity provider, the
 * response checked and posted to the site's consumer (SSOExchangeUrl), then the site's session
 * cookies on every request, renewed when the session ends ({@link SsoSession}).
 */
public final class SsoSchemes {
    private SsoSchemes() {
    }

    public static Authenticator forConfig(ConnectionConfig cfg, Deployment deployment) {
        SsoSettings s = SsoSettings.from(cfg);
        IdpSignOn idp = s.scheme().equals("Crowd") ? new CrowdSignOn(s)
                : new OktaSignOn(s, DeviceTokenStore.forUser());
        return new SsoSession(s, idp);
    }
}
