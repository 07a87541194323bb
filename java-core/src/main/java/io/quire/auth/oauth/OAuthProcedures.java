package io.quire.auth.oauth;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.proc.Procedure;
import io.quire.proc.ProcedureContext;
import io.quire.proc.ProcedureParameter;
import java.util.List;
import java.util.Map;

/**
 * GetOAuthAuthorizationURL, GetOAuthAccessToken and RefreshOAuthAccessToken: the web and
 * headless OAuth flows as procedures. The tokens they return are what the caller asked for, so
 * they are in the result set; they never reach the log.
 */
public final class OAuthProcedures {
    private static final List<ProcedureParameter> TOKEN_RESULTS = List.of(
            ProcedureParameter.result("OAuthAccessToken", "VARCHAR", "The access token."),
            ProcedureParameter.result("OAuthRefreshToken", "VARCHAR",
                    "The refresh token (with offline_access in Scope), for RefreshOAuthAccessToken."),
            ProcedureParameter.result("ExpiresIn", "BIGINT", "Seconds the access token stays valid."));

    private OAuthProcedures() {
    }

    public static List<Procedure> all() {
        return List.of(AUTHORIZATION_URL, ACCESS_TOKEN, REFRESH);
    }

    static final Procedure AUTHORIZATION_URL = new Simple("GetOAuthAuthorizationURL",
            "Gives the URL where the user signs in and allows the OAuth app; the browser then goes to the "
                    + "CallbackURL with a code for GetOAuthAccessToken.",
            List.of(ProcedureParameter.input("AuthMode", false, "WEB or APP (the same URL; accepted for "
                            + "compatibility)."),
                    ProcedureParameter.input("CallbackURL", false, "Redirect URL registered with the app (default: "
                            + "the CallbackURL property)."),
                    ProcedureParameter.input("State", false, "Value the browser brings back unchanged, to tie the "
                            + "answer to the request (default: a random value)."),
                    ProcedureParameter.input("Scope", false, "Scopes asked for, space separated (default: Scope).")),
            List.of(ProcedureParameter.result("URL", "VARCHAR", "The authorization URL to open in a browser.")),
            (ctx, args) -> {
                ProcedureOAuth.desktop(args);
                ProcedureOAuth p = ProcedureOAuth.of(ctx);
                String state = args.get("State");
                String scope = args.get("Scope");
                String url = AuthorizationUrl.build(p.app(), ProcedureOAuth.callback(ctx, args),
                        state == null || state.isBlank() ? AuthorizationUrl.newState() : state,
                        scope == null || scope.isBlank() ? p.app().scope() : scope);
                return List.<Object[]>of(new Object[] {url});
            });

    static final Procedure ACCESS_TOKEN = new Simple("GetOAuthAccessToken",
            "Exchanges the code from the sign-in (Verifier) for tokens, which this connection then uses; AuthMode=APP "
                    + "without a Verifier signs in through the browser, and APP stores the tokens in the settings file.",
            List.of(ProcedureParameter.input("AuthMode", false, "WEB (default: nothing is stored) or APP (desktop: "
                            + "the tokens go to OAuthSettingsLocation)."),
                    ProcedureParameter.input("Verifier", false, "The code parameter of the CallbackURL the browser "
                            + "came back to (required with AuthMode=WEB)."),
                    ProcedureParameter.input("CallbackURL", false, "The redirect URL used in GetOAuthAuthorizationURL "
                            + "(default: the CallbackURL property)."),
                    ProcedureParameter.input("State", false, "The State given to GetOAuthAuthorizationURL (not sent "
                            + "again; accepted for compatibility).")),
            TOKEN_RESULTS,
            (ctx, args) -> {
                boolean desktop = ProcedureOAuth.desktop(args);
                ProcedureOAuth p = ProcedureOAuth.of(ctx);
                String verifier = args.get("Verifier");
                OAuthTokens t;
                if (verifier == null || verifier.isBlank()) {
                    if (!desktop) {
                        throw new QuireException(SqlState.INVALID_ARGUMENT, "GetOAuthAccessToken with AuthMode=WEB "
                                + "needs Verifier: the code parameter of the CallbackURL the browser came back to.");
                    }
                    t = BrowserSignIn.run(p.app(), p.tokens(), ctx.log());
                } else {
                    t = p.tokens().exchangeCode(verifier.trim(), ProcedureOAuth.callback(ctx, args));
                }
                p.handOver(t, desktop);
                return List.<Object[]>of(p.row(t));
            });

    static final Procedure REFRESH = new Simple("RefreshOAuthAccessToken",
            "Exchanges a refresh token for a new access token (and a new refresh token: the old one stops working), "
                    + "which this connection then uses.",
            List.of(ProcedureParameter.input("OAuthRefreshToken", true, "The refresh token from "
                    + "GetOAuthAccessToken or the previous refresh.")),
            TOKEN_RESULTS,
            (ctx, args) -> {
                String rt = args.get("OAuthRefreshToken");
                if (rt == null || rt.isBlank()) {
                    throw new QuireException(SqlState.INVALID_ARGUMENT, "RefreshOAuthAccessToken needs "
                            + "OAuthRefreshToken.");
                }
                ProcedureOAuth p = ProcedureOAuth.of(ctx);
                OAuthTokens t = p.tokens().refresh(rt.trim());
                p.handOver(t, p.auth() != null && p.auth().storesTokens());
                return List.<Object[]>of(p.row(t));
            });

    /** A procedure given by its declaration and a function. */
    private record Simple(String name, String description, List<ProcedureParameter> inputs,
                          List<ProcedureParameter> results, Body body) implements Procedure {
        @Override
        public List<Object[]> call(ProcedureContext ctx, Map<String, String> args) {
            return body.call(ctx, args);
        }
    }

    @FunctionalInterface
    private interface Body {
        List<Object[]> call(ProcedureContext ctx, Map<String, String> args);
    }
}
