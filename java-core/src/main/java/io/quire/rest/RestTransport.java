package io.quire.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import io.quire.log.HttpLogging;
import io.quire.log.QuireLog;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * HTTP GETs of JSON, parsed as a stream. Authentication is an interceptor chosen by the
 * connection; failures become {@link QuireException}s with SQLSTATEs; every call can be
 * cancelled through the calling thread's {@link CancelScope}.
 */
public final class RestTransport {
    private static final JsonFactory JSON = new JsonFactory();
    private static final long ERROR_BODY_MAX = 64 * 1024;

    /** Reads a response body. */
    @FunctionalInterface
    public interface JsonReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    private volatile OkHttpClient client;
    private volatile int requestTimeoutSeconds;

    /**
     * @param base           the connection's client (timeouts, proxy, TLS, cookies: {@link HttpClients})
     * @param authentication adds the credentials to each request
     * @param customHeaders  the CustomHeaders property (may be null)
     * @param retries        how often a 429/503 is retried
     * @param rateLimit      most requests per second, 0 for no cap
     */
    public RestTransport(OkHttpClient base, Interceptor authentication, String customHeaders, int retries,
                         double rateLimit, QuireLog log) {
        OkHttpClient.Builder b = base.newBuilder()
                .addInterceptor(new RetryInterceptor(retries, new RateLimiter(rateLimit), log));
        CustomHeaders headers = CustomHeaders.parse(customHeaders);
        if (headers != null) {
            b.addInterceptor(headers);
        }
        this.client = b.addInterceptor(authentication)
                .addNetworkInterceptor(new HttpLogging(log))
                .build();
    }

    /** Bounds each later request to seconds (SQL_ATTR_CONNECTION_TIMEOUT); 0 leaves the client's Timeout. */
    public void setRequestTimeout(int seconds) {
        this.requestTimeoutSeconds = Math.max(0, seconds);
    }

    /** GETs url and lets reader parse the JSON body; 404 gives null when allowNotFound. */
    public <T> T getJson(HttpUrl url, JsonReader<T> reader, boolean allowNotFound) {
        try {
            return getJsonOnce(url, reader, allowNotFound);
        } catch (IllegalStateException e) {
            if (!HttpClients.isCleartextOnly(e)) {
                throw e;
            }
            // the http:// site sent us to https://: from now on with TLS (HttpClients.cleartextOnly)
            client = HttpClients.withTls(client);
            return getJsonOnce(url, reader, allowNotFound);
        }
    }

    private <T> T getJsonOnce(HttpUrl url, JsonReader<T> reader, boolean allowNotFound) {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
        Call call = client.newCall(request);
        int bound = requestTimeoutSeconds;
        if (bound > 0) {
            call.timeout().timeout(bound, java.util.concurrent.TimeUnit.SECONDS);
        }
        CancelScope scope = CancelScope.current();
        if (scope != null) {
            scope.begin(call);
        }
        String shownUrl = redact(url);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            if (response.code() == 404 && allowNotFound) {
                return null;
            }
            if (!response.isSuccessful()) {
                throw HttpErrors.forStatus(response.code(), "GET", shownUrl, SiteErrorBody.parse(bodyText(body)));
            }
            try (JsonParser parser = JSON.createParser(body.byteStream())) {
                return reader.read(parser);
            } catch (JsonProcessingException e) {
                throw new QuireException(SqlState.GENERAL_ERROR, response.code(),
                        "The site answered GET " + shownUrl + " with data that is not the expected JSON: "
                                + e.getOriginalMessage(), e);
            }
        } catch (IOException e) {
            throw HttpErrors.forIo(e, "GET", shownUrl, call.isCanceled());
        } finally {
            if (scope != null) {
                scope.end(call);
            }
        }
    }

    /** The start of an error body: enough for the site's message, never a huge page. */
    private static String bodyText(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try {
            okio.BufferedSource source = body.source();
            source.request(ERROR_BODY_MAX);   // buffers up to the cap, or the whole shorter body
            return source.getBuffer().readUtf8(Math.min(source.getBuffer().size(), ERROR_BODY_MAX));
        } catch (IOException e) {
            return "";
        }
    }

    /** The URL as it may appear in messages: no user info (query strings carry no secrets here). */
    static String redact(HttpUrl url) {
        return url.newBuilder().username("").password("").build().toString();
    }

    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
