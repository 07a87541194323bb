package io.quire.log;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Logs each HTTP exchange (level 3) and its headers (level 5), through the redacting log. */
public final class HttpLogging implements Interceptor {
    private final QuireLog log;

    public HttpLogging(QuireLog log) {
        this.log = log.forModule("HTTP");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.enabled(3)) {
            return chain.proceed(request);
        }
        long start = System.nanoTime();
        if (log.enabled(5)) {
            log.log(5, "HTTP request headers " + request.method() + " " + request.url() + "\n" + request.headers());
        }
        try {
            Response response = chain.proceed(request);
            log.log(3, "HTTP " + request.method() + " " + request.url() + " -> " + response.code() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            if (log.enabled(5)) {
                log.log(5, "HTTP response headers\n" + response.headers());
            }
            return response;
        } catch (IOException e) {
            log.log(3, "HTTP " + request.method() + " " + request.url() + " failed after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms: " + e);
            throw e;
        }
    }
}
