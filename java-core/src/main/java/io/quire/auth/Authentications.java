package io.quire.auth;

import io.quire.auth.oauth.OAuthSchemes;
import io.quire.auth.oauth1.OAuth1Authenticator;
import io.quire.auth.sso.SsoSchemes;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;

/** Chooses the connection's {@link Authenticator} from AuthScheme and its properties. */
public final class Authentications {
    private Authentications() {
    }

    public static Authenticator forConfig(ConnectionConfig cfg, Deployment deployment) {
        String scheme = cfg.get(ConnectionProperties.AUTH_SCHEME);
        return switch (scheme) {
            case "PAT" -> StaticAuthorization.bearer(required(ConnectionProperties.PAT.name(),
                    cfg.get(ConnectionProperties.PAT), "AuthScheme=PAT"));
            case "Basic", "APIToken", "LDAP" -> basic(cfg, deployment, scheme);
            case "OAuth" -> "1.0".equals(cfg.get(ConnectionProperties.OAUTH_VERSION))
                    ? OAuth1Authenticator.forConfig(cfg) : OAuthSchemes.forConfig(cfg, deployment);
            case "OAuthClient" -> OAuthSchemes.forConfig(cfg, deployment);
            case "Crowd", "Okta" -> SsoSchemes.forConfig(cfg, deployment);
            default -> throw new QuireException(SqlState.UNABLE_TO_CONNECT, "AuthScheme '" + scheme
                    + "' is not supported.");
        };
    }

    private static Authenticator basic(ConnectionConfig cfg, Deployment deployment, String scheme) {
        String context = "AuthScheme=" + scheme;
        String user = required("User", cfg.get(ConnectionProperties.USER), context);
        // Cloud takes an API token; Data Center (and LDAP directory users) a password. Either
        // is accepted where given, so a DSN moved between the two keeps working.
        String token = cfg.get(ConnectionProperties.API_TOKEN);
        String password = cfg.get(ConnectionProperties.PASSWORD);
        String secret = deployment == Deployment.CLOUD
                ? (token != null ? token : password)
                : (password != null ? password : token);
        String needed = deployment == Deployment.CLOUD ? "APIToken" : "Password";
        return StaticAuthorization.basic(user, required(needed, secret, context + " on "
                + (deployment == Deployment.CLOUD ? "Confluence Cloud" : "Confluence Data Center")));
    }

    /** value, or a 28000 error naming the property the scheme needs. */
    public static String required(String name, String value, String context) {
        if (value == null || value.isEmpty()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, context + " needs " + name + ".");
        }
        return value;
    }
}
