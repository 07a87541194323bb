package io.quire.auth.sso;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.log.QuireLog;
import java.io.IOException;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Learns the secrets in a sign-on response before the log sees it: cookie values, and the
 * tokens of identity-provider JSON ({@code token}, {@code sessionToken}, {@code stateToken}),
 * which may come back in other places too (Crowd names its session in the Location header). As
 * a network interceptor inside the HTTP logging one, it runs first on the way back.
 */
final class SignOnSecrets implements Interceptor {
    private static final List<String> TOKEN_FIELDS = List.of("token", "sessionToken", "stateToken");
    private static final long PEEK = 256 * 1024;

    private final QuireLog log;

    SignOnSecrets(QuireLog log) {
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response r = chain.proceed(chain.request());
        for (Cookie c : Cookie.parseAll(r.request().url(), r.headers())) {
            log.addSecret(c.value());
        }
        MediaType type = r.body() == null ? null : r.body().contentType();
        if (type != null && type.subtype().contains("json")) {
            try {
                JsonNode j = SignOnHttp.JSON.readTree(r.peekBody(PEEK).string());
                for (String f : TOKEN_FIELDS) {
                    String v = j == null ? null : j.path(f).asText(null);
                    if (v != null) {
                        log.addSecret(v);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not JSON after all: nothing to learn
            }
        }
        return r;
    }
}
