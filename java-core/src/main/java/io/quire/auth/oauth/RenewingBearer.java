package io.quire.auth.oauth;

import io.quire.auth.Authenticator;
import io.quire.auth.SignOnSteps;
import io.quire.error.QuireException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A Bearer token that expires: sent on every request, renewed shortly before it expires and once
 * when the site answers 401 (the request is then sent again with the new token; a second 401 is
 * a 28000). Statements of one connection run concurrently: one renewal runs at a time, and a
 * thread that waited for it uses the token the other thread obtained instead of renewing again
 * (a rotating refresh token can be spent only once).
 */
abstract class RenewingBearer implements Authenticator {
    /** Renew this long before the expiry the server announced, so a request never leaves with a dying token. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private final ReentrantLock renewing = new ReentrantLock();
    /** A token that lives less than EARLY is used until just before it expires, not renewed on every request. */
    private static final Duration LAST_MOMENT = Duration.ofSeconds(5);

    private volatile OAuthTokens tokens;
    private volatile OAuthTokens renewed;
    final Clock clock;

    RenewingBearer(Clock clock) {
        this.clock = clock;
    }

    /** New tokens to replace stale (which the site refused or which is about to expire). */
    abstract OAuthTokens renew(OAuthTokens stale);

    /** Whether the scheme can obtain new tokens from these (a refresh token, client credentials). */
    abstract boolean canRenew(OAuthTokens current);

    /** The 28000 for a request made while there is no token at all. */
    abstract QuireException noToken();

    /** The 28000 for a token the site refused even after renewal (or that could not be renewed). */
    abstract QuireException refused();

    /** The Cloud API gateway requests go through, or null (Data Center: straight to the site). */
    volatile CloudGateway gateway;
    /** The sign-on client: token requests and the gateway's accessible-resources lookups. */
    OkHttpClient http;
    /** The connect's steps: a renewal is a token exchange (the connection test names it when it fails). */
    SignOnSteps steps = new SignOnSteps();

    @Override
    public HttpUrl apiBase(HttpUrl siteBase) {
        CloudGateway g = gateway;
        HttpUrl api = g == null ? null : g.apiBase();
        return api != null ? api : siteBase;
    }

    /** Where a request goes with these tokens: a Cloud site's requests move onto the gateway. */
    Request route(Request request, OAuthTokens with) {
        CloudGateway g = gateway;
        if (g == null) {
            return request;
        }
        g.resolve(http, with.accessToken());
        return g.route(request);
    }

    OAuthTokens tokens() {
        return tokens;
    }

    /** Installs tokens obtained outside a renewal (sign-in, a procedure). */
    void install(OAuthTokens t) {
        tokens = t;
    }

    @Override
    public boolean signedIn() {
        return tokens != null && tokens.accessToken() != null;
    }

    /** The current tokens, renewed first when they expire within {@link #EARLY}. */
    OAuthTokens fresh() {
        OAuthTokens t = tokens;
        if (t == null) {
            throw noToken();
        }
        if (needsRenewal(t) && canRenew(t)) {
            return renewFrom(t);
        }
        if (t.accessToken() == null) {
            throw noToken();
        }
        return t;
    }

    /** Renews unless another thread already replaced stale while this one waited. */
    OAuthTokens renewFrom(OAuthTokens stale) {
        renewing.lock();
        try {
            OAuthTokens current = tokens;
            if (current != null && current != stale && !needsRenewal(current)) {
                return current;
            }
            steps.begin(SignOnSteps.TOKEN_EXCHANGE);
            OAuthTokens fresh = renew(current != null ? current : stale);
            steps.passed("the token endpoint renewed the access token");
            renewed = fresh;
            tokens = fresh;
            return fresh;
        } finally {
            renewing.unlock();
        }
    }

    /** Expires within EARLY (a just-renewed short-lived token: within a few seconds). */
    boolean needsRenewal(OAuthTokens t) {
        return t.expiresWithin(t == renewed ? LAST_MOMENT : EARLY, clock);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        OAuthTokens used = fresh();
        Request request = route(chain.request(), used);
        Response response = chain.proceed(withBearer(request, used));
        if (response.code() != 401) {
            return response;
        }
        response.close();
        if (!canRenew(used)) {
            throw refused();
        }
        OAuthTokens renewed = renewFrom(used);
        Response again = chain.proceed(withBearer(request, renewed));
        if (again.code() == 401) {
            again.close();
            throw refused();
        }
        return again;
    }

    private static Request withBearer(Request r, OAuthTokens t) {
        return r.newBuilder().header("Authorization", "Bearer " + t.accessToken()).build();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(credentials hidden)";
    }
}
