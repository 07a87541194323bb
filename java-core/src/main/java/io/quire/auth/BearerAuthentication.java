package io.quire.auth;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** {@code Authorization: Bearer <token>}: Data Center personal access tokens. */
final class BearerAuthentication implements Interceptor {
    private final String header;

    BearerAuthentication(String token) {
        this.header = "Bearer " + token;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
    }

    @Override
    public String toString() {
        return "Bearer(token hidden)";
    }
}
