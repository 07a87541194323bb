package io.quire.auth.sso;

import io.quire.auth.AuthContext;
import io.quire.auth.Authenticator;
import io.quire.auth.SignOnSteps;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.SessionCookies;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A connection signed on through SAML: at login the identity provider's sign-on
 * ({@link IdpSignOn}), the response's checks ({@link SamlResponseCheck}) and the post to the
 * site ({@link SamlExchange}) leave the site's session cookies in the connection's jar, which the
 * REST client sends. When a session that worked ends (the site answers 401, or redirects an API
 * request to its login page), the learnt cookies are dropped, the whole sign-on is done again
 * once (the remembered Okta device usually spares the second factor) and the request is retried
 * once. Concurrent statements that meet the ended session wait for that one sign-on.
 */
final class SsoSession implements Authenticator {
    private final SsoSettings settings;
    private final IdpSignOn idp;
    private final Object signOnLock = new Object();
    private volatile AuthContext ctx;
    /** Counts sign-ons; a request remembers the one it was sent under. */
    private volatile long generation;
    /** The generation whose session the site has accepted at least once. */
    private volatile long worked = -1;

    SsoSession(SsoSettings settings, IdpSignOn idp) {
        this.settings = settings;
        this.idp = idp;
    }

    @Override
    public void login(AuthContext ctx) {
        this.ctx = ctx;
        settings.secrets().forEach(ctx.log()::addSecret);
        RecentFailures.check(settings);
        synchronized (signOnLock) {
            try {
                signOn();
            } catch (QuireException e) {
                if (e.state() == SqlState.INVALID_AUTHORIZATION) {
                    RecentFailures.remember(settings, e);
                }
                throw e;
            }
        }
    }

    private void signOn() {
        AuthContext c = ctx;
        SignOnHttp http = new SignOnHttp(c.http().newBuilder().addNetworkInterceptor(new SignOnSecrets(c.log())).build());
        c.log().info(idp.name() + ": signing on " + settings.user() + " through SAML");
        SamlForm form = idp.signOn(c, http);
        c.log().addSecret(form.samlResponse());
        if (form.relayState() != null) {
            c.log().addSecret(form.relayState());
        }
        c.steps().passed("the identity provider answered with a SAMLResponse");
        c.steps().begin(SignOnSteps.SAML_CHECK);
        SamlResponseCheck.check(form.samlResponse(), settings.exchangeUrl(), audiences(c), Instant.now());
        c.steps().passed("success status, addressed to SSOExchangeUrl, not expired");
        c.steps().begin(SignOnSteps.TOKEN_EXCHANGE);
        SamlExchange.post(c, http, settings.exchangeUrl(), form);
        c.steps().passed("the site's SAML consumer opened a session");
        generation++;
        c.log().info(idp.name() + ": signed on; the site's session is in use");
    }

    /** What the site may be named as in an Audience: the Url property and the REST base. */
    private static List<HttpUrl> audiences(AuthContext c) {
        List<HttpUrl> out = new ArrayList<>();
        String url = c.cfg().get(ConnectionProperties.URL);
        HttpUrl u = url == null ? null : HttpUrl.parse(url.trim());
        if (u != null) {
            out.add(u);
        }
        out.add(c.siteBase());
        return out;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long sentUnder = generation;
        Response response = chain.proceed(request);
        if (!sessionEnded(request, response)) {
            worked = sentUnder;
            return response;
        }
        response.close();
        if (worked != sentUnder) {
            throw notAccepted(request, response);
        }
        long renewed = renew(sentUnder);
        Response retry = chain.proceed(request);
        if (sessionEnded(request, retry)) {
            retry.close();
            throw notAccepted(request, retry);
        }
        worked = renewed;
        return retry;
    }

    /**
     * Signs on again unless another request already did since the session at hand was used;
     * returns the generation now in use.
     */
    private long renew(long ended) {
        synchronized (signOnLock) {
            if (generation == ended) {
                AuthContext c = ctx;
                c.log().info(idp.name() + ": the site's session ended; signing on again");
                if (c.http().cookieJar() instanceof SessionCookies jar) {
                    jar.clearSession();
                }
                signOn();
            }
            return generation;
        }
    }

    private static QuireException notAccepted(Request request, Response response) {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, response.code(), "The site did not accept the "
                + "session the SAML sign-on opened (HTTP " + response.code() + " for " + SignOnHttp.shown(request.url())
                + "): check that SSOExchangeUrl is this site's SAML consumer and that Url is the same site.", null);
    }

    /** 401, or an API request redirected elsewhere (a site sends an ended session to its login page). */
    static boolean sessionEnded(Request request, Response response) {
        if (response.code() == 401) {
            return true;
        }
        return response.priorResponse() != null
                && !response.request().url().encodedPath().equals(request.url().encodedPath());
    }

    @Override
    public String toString() {
        return "SAML sign-on through " + idp.name() + " (credentials hidden)";
    }
}
