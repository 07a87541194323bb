package io.quire.auth;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;
import okhttp3.Interceptor;

/** Chooses the authentication interceptor for a connection from AuthScheme and its properties. */
public final class Authentications {
    private Authentications() {
    }

    public static Interceptor forConfig(ConnectionConfig cfg, Deployment deployment) {
        String scheme = cfg.get(ConnectionProperties.AUTH_SCHEME);
        return switch (scheme) {
            case "PAT" -> StaticAuthorization.bearer(required(cfg, ConnectionProperties.PAT.name(),
                    cfg.get(ConnectionProperties.PAT), "AuthScheme=PAT"));
            case "Basic" -> basic(cfg, deployment);
            default -> throw new QuireException(SqlState.UNABLE_TO_CONNECT, "AuthScheme '" + scheme
                    + "' is not supported yet.");
        };
    }

    private static Interceptor basic(ConnectionConfig cfg, Deployment deployment) {
        String user = required(cfg, "User", cfg.get(ConnectionProperties.USER), "AuthScheme=Basic");
        // Cloud takes an API token; Data Center a password. Either is accepted where given,
        // so a DSN moved between the two keeps working.
        String token = cfg.get(ConnectionProperties.API_TOKEN);
        String password = cfg.get(ConnectionProperties.PASSWORD);
        String secret = deployment == Deployment.CLOUD
                ? (token != null ? token : password)
                : (password != null ? password : token);
        String needed = deployment == Deployment.CLOUD ? "APIToken" : "Password";
        return StaticAuthorization.basic(user, required(cfg, needed, secret, "AuthScheme=Basic on "
                + (deployment == Deployment.CLOUD ? "Confluence Cloud" : "Confluence Data Center")));
    }

    private static String required(ConnectionConfig cfg, String name, String value, String context) {
        if (value == null || value.isEmpty()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, context + " needs " + name + ".");
        }
        return value;
    }
}
