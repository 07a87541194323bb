package io.quire.auth.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The sign-on's round trips to the identity provider and the site's consumer, over the
 * connection's sign-on client (proxy, TLS trust, timeouts, cookie jar). Network failures become
 * 08001 errors that name the server without its query string (which may hold a sessionToken).
 */
final class SignOnHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_BODY = 4L << 20;

    /** A response read whole: status, final URL (after redirects), body text, the Location header. */
    record Reply(int code, HttpUrl url, String body, String location) {
        /** The body as JSON, or null when it is not JSON. */
        JsonNode json() {
            try {
                return body.isEmpty() ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    private final OkHttpClient http;

    SignOnHttp(OkHttpClient http) {
        this.http = http;
    }

    OkHttpClient client() {
        return http;
    }

    Reply postJson(HttpUrl url, JsonNode body, Map<String, String> headers, String what) {
        Request.Builder b = new Request.Builder().url(url).header("Accept", "application/json")
                .post(RequestBody.create(body.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE));
        headers.forEach(b::header);
        return send(http, b.build(), what);
    }

    Reply get(HttpUrl url, String what) {
        return send(http, new Request.Builder().url(url).header("Accept", "text/html,application/xhtml+xml").get()
                .build(), what);
    }

    /** POSTs a form without following redirects (the site's consumer answers with one). */
    Reply postFormNoRedirect(HttpUrl url, Map<String, String> fields, String what) {
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
        fields.forEach((k, v) -> {
            if (v != null) {
                form.add(k, v);
            }
        });
        OkHttpClient noFollow = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
        return send(noFollow, new Request.Builder().url(url).post(form.build()).build(), what);
    }

    private static Reply send(OkHttpClient client, Request request, String what) {
        String shown = shown(request.url());
        try (Response r = client.newCall(request).execute()) {
            return new Reply(r.code(), r.request().url(), text(r.body()), r.header("Location"));
        } catch (InterruptedIOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "Timeout expired waiting for " + what + " at "
                    + shown + " (see the Timeout property).", e);
        } catch (UnknownHostException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "Cannot resolve the host of " + what + " at "
                    + shown + ": check the URL.", e);
        } catch (IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "Cannot reach " + what + " at " + shown + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    private static String text(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        okio.BufferedSource source = body.source();
        source.request(MAX_BODY);
        return source.getBuffer().readUtf8(Math.min(source.getBuffer().size(), MAX_BODY));
    }

    /** url as messages may show it: no user info, no query, no fragment. */
    static String shown(HttpUrl url) {
        return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
    }
}
