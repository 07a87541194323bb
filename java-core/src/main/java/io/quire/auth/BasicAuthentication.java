package io.quire.auth;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/** HTTP Basic: User with an API token (Cloud) or a password (Data Center, LDAP users). */
final class BasicAuthentication implements Interceptor {
    private final String header;

    BasicAuthentication(String user, String secret) {
        this.header = Credentials.basic(user, secret, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
    }

    @Override
    public String toString() {
        return "Basic(credentials hidden)";
    }
}
