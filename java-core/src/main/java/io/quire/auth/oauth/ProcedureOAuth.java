package io.quire.auth.oauth;

import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.proc.ProcedureContext;
import io.quire.rest.Deployment;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What the OAuth procedures work with: the connection's app and token endpoint (from its
 * authenticator when the connection uses AuthScheme=OAuth, else from its properties) and the
 * authenticator that takes the tokens they obtain.
 */
record ProcedureOAuth(OAuthApp app, TokenClient tokens, ThreeLeggedOAuth auth) {

    static ProcedureOAuth of(ProcedureContext ctx) {
        if (ctx.authenticator() instanceof ThreeLeggedOAuth a && a.app() != null) {
            return new ProcedureOAuth(a.app(), a.tokenClient(), a);
        }
        Deployment[] d = new Deployment[1];
        HttpUrl site = OAuthApp.siteBase(ctx.cfg(), d);
        OAuthApp app = OAuthApp.from(ctx.cfg(), d[0], site);
        return new ProcedureOAuth(app, new TokenClient(app, ctx.http(), ctx.log(), Clock.systemUTC()), null);
    }

    /** AuthMode: WEB (nothing stored) or APP (desktop: the settings file keeps the tokens). Default WEB. */
    static boolean desktop(Map<String, String> args) {
        String m = args.getOrDefault("AuthMode", "WEB").trim().toUpperCase(Locale.ROOT);
        return switch (m) {
            case "", "WEB" -> false;
            case "APP", "DESKTOP" -> true;
            default -> throw new QuireException(SqlState.INVALID_ARGUMENT, "AuthMode must be WEB or APP, not '"
                    + args.get("AuthMode") + "'.");
        };
    }

    static String callback(ProcedureContext ctx, Map<String, String> args) {
        String c = args.get("CallbackURL");
        return c == null || c.isBlank() ? ctx.cfg().get(ConnectionProperties.CALLBACK_URL) : c.trim();
    }

    /** One result row: the tokens and the seconds the access token lives (null when the server did not say). */
    Object[] row(OAuthTokens t) {
        Long left = t.secondsLeft(Clock.systemUTC());
        return new Object[] {t.accessToken(), t.refreshToken(), left};
    }

    /** Hands the tokens to the connection (and, in desktop mode, to its settings file). */
    void handOver(OAuthTokens t, boolean store) {
        if (auth != null) {
            auth.accept(t, store);
        }
    }
}
