package io.quire.auth.oauth;

import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;
import java.time.Clock;

/**
 * AuthScheme=OAuth (OAuth 2.0: Atlassian three-legged, a Data Center provider, external bearer
 * tokens; see {@link ThreeLeggedOAuth}) and AuthScheme=OAuthClient (client credentials, see
 * {@link ClientCredentials}).
 */
public final class OAuthSchemes {
    private OAuthSchemes() {
    }

    public static Authenticator forConfig(ConnectionConfig cfg, Deployment deployment) {
        if ("OAuthClient".equalsIgnoreCase(cfg.get(ConnectionProperties.AUTH_SCHEME))) {
            return new ClientCredentials(cfg, Clock.systemUTC());
        }
        if ("1.0".equals(cfg.get(ConnectionProperties.OAUTH_VERSION))) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "OAuthVersion=1.0 (Data Center application links) "
                    + "is not supported yet; use OAuthVersion=2.0.");
        }
        return new ThreeLeggedOAuth(cfg, Clock.systemUTC());
    }
}
