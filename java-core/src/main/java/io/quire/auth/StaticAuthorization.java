package io.quire.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Response;

/**
 * An {@code Authorization} header that does not change during a connection: HTTP Basic (User
 * with an API token on Cloud, a password on Data Center or for LDAP users) or a Bearer token
 * (Data Center personal access tokens). Schemes whose credentials expire get their own
 * interceptors.
 */
final class StaticAuthorization implements Authenticator {
    private final String header;
    private final String scheme;

    private StaticAuthorization(String scheme, String header) {
        this.scheme = scheme;
        this.header = header;
    }

    static StaticAuthorization basic(String user, String secret) {
        return new StaticAuthorization("Basic", Credentials.basic(user, secret, StandardCharsets.UTF_8));
    }

    static StaticAuthorization bearer(String token) {
        return new StaticAuthorization("Bearer", "Bearer " + token);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
    }

    @Override
    public boolean signsInAtSiteOnly() {
        return true;
    }

    @Override
    public String toString() {
        return scheme + "(credentials hidden)";
    }
}
