package io.quire.rest;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/** The CustomHeaders property: headers added to every request sent to the site. */
final class CustomHeaders implements Interceptor {
    private final Headers headers;

    private CustomHeaders(Headers headers) {
        this.headers = headers;
    }

    /** Parses 'Name: value' lines separated by line breaks or '|'; null when there are none. */
    static CustomHeaders parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Headers.Builder b = new Headers.Builder();
        for (String line : text.split("\\r?\\n|\\|")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim();
            if (name.isEmpty()) {
                // the value may be a secret: name only the position, never the text
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, "CustomHeaders: every header must be "
                        + "written 'Name: value' (separated by line breaks or '|'); one entry has no name.");
            }
            try {
                b.add(name, line.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, "CustomHeaders: header '" + name
                        + "' has a name or value HTTP does not allow.");
            }
        }
        return new CustomHeaders(b.build());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        okhttp3.Request.Builder r = chain.request().newBuilder();
        for (int i = 0; i < headers.size(); i++) {
            r.header(headers.name(i), headers.value(i));
        }
        return chain.proceed(r.build());
    }
}
