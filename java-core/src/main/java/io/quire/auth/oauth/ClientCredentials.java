package io.quire.auth.oauth;

import io.quire.auth.AuthContext;
import io.quire.auth.SignOnSteps;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.time.Clock;

/**
 * AuthScheme=OAuthClient: an access token from the OAuth client credentials grant
 * (OAuthClientId and OAuthClientSecret as HTTP Basic, Scope when set) at OAuthAccessTokenURL,
 * sent as a Bearer token, fetched again shortly before it expires and once on a 401. On Cloud
 * the requests go through the API gateway, as for three-legged tokens.
 */
final class ClientCredentials extends RenewingBearer {
    private final ConnectionConfig cfg;
    private TokenClient tokenClient;

    ClientCredentials(ConnectionConfig cfg, Clock clock) {
        super(clock);
        this.cfg = cfg;
    }

    @Override
    public void login(AuthContext ctx) {
        http = ctx.http();
        steps = ctx.steps();
        OAuthApp app = OAuthApp.from(cfg, ctx.deployment(), ctx.siteBase());
        tokenClient = new TokenClient(app, http, ctx.log(), clock);
        ctx.steps().begin(SignOnSteps.TOKEN_EXCHANGE);
        install(tokenClient.clientCredentials());
        ctx.steps().passed("the token endpoint issued an access token for the client credentials");
        if (app.cloud()) {
            gateway = new CloudGateway(app.gatewayUrl(), ctx.siteBase(), cfg.get(ConnectionProperties.CLOUD_ID));
            ctx.steps().begin(SignOnSteps.CLOUD_SITE);
            gateway.resolve(http, tokens().accessToken());
            ctx.steps().passed("the token may use this Cloud site");
        }
    }

    @Override
    OAuthTokens renew(OAuthTokens stale) {
        return tokenClient.clientCredentials();
    }

    @Override
    boolean canRenew(OAuthTokens current) {
        return tokenClient != null;
    }

    @Override
    QuireException noToken() {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, "AuthScheme=OAuthClient has no access token.");
    }

    @Override
    QuireException refused() {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, 401, "The site refused the access token of the "
                + "OAuth client credentials grant (HTTP 401) even after a new one was fetched. Check that the "
                + "OAuthClientId's service account may use this site, and Scope.", null);
    }
}
