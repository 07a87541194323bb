package io.quire.fake.idp;

import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.idp.oauth.FakeOAuthConfig;
import io.quire.fake.idp.oauth.FakeOAuthServer;

/**
 * The fake identity providers served beside the fake site, on the same port under their own
 * paths (each provider's class documents its endpoints): they issue credentials the site's
 * {@link io.quire.fake.confluence.Auth} then accepts.
 */
public final class IdentityProviders {
    private IdentityProviders() {
    }

    public static void mountAll(FakeConfluenceServer server) {
        io.quire.fake.idp.oauth1.OAuth1Consumer.mount(server);
        io.quire.fake.idp.sso.SsoFakes.mount(server);
        FakeOAuthServer.mount(server, FakeOAuthConfig.defaults());
    }
}
