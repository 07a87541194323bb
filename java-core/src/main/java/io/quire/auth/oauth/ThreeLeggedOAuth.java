package io.quire.auth.oauth;

import io.quire.auth.AuthContext;
import io.quire.auth.SignOnSteps;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.log.QuireLog;
import java.time.Clock;
import java.util.Locale;

/**
 * AuthScheme=OAuth with OAuth 2.0: Atlassian's three-legged flow on Cloud (requests through the
 * API gateway), a Data Center site's own OAuth 2.0 provider, or bearer tokens from an identity
 * provider in front of a Data Center site. InitiateOAuth says where the first token comes from:
 * <ul>
 * <li>OFF: OAuthAccessToken as given; without it the connection opens signed out and waits for
 *     GetOAuthAccessToken (web applications).</li>
 * <li>REFRESH: the settings file's tokens, OAuthVerifier (a code obtained elsewhere) or
 *     OAuthRefreshToken; never a browser.</li>
 * <li>GETANDREFRESH: the settings file's tokens, else the browser sign-in.</li>
 * </ul>
 * With a refresh token the access token is renewed before it expires and on a 401 (see
 * {@link RenewingBearer}); REFRESH and GETANDREFRESH keep the newest tokens in the settings file.
 */
final class ThreeLeggedOAuth extends RenewingBearer {
    private final ConnectionConfig cfg;
    private final String mode;
    private OAuthApp app;
    private TokenClient tokenClient;
    private QuireLog log = QuireLog.OFF;
    private volatile OAuthSettingsFile file;
    private volatile String verifierHash;

    ThreeLeggedOAuth(ConnectionConfig cfg, Clock clock) {
        super(clock);
        this.cfg = cfg;
        this.mode = cfg.get(ConnectionProperties.INITIATE_OAUTH).toUpperCase(Locale.ROOT);
    }

    @Override
    public void login(AuthContext ctx) {
        this.http = ctx.http();
        this.log = ctx.log();
        this.steps = ctx.steps();
        this.app = OAuthApp.from(cfg, ctx.deployment(), ctx.siteBase());
        this.tokenClient = new TokenClient(app, http, log, clock);
        if (app.cloud()) {
            gateway = new CloudGateway(app.gatewayUrl(), ctx.siteBase(), cfg.get(ConnectionProperties.CLOUD_ID));
        }
        OAuthTokens configured = configured();
        ctx.steps().begin(SignOnSteps.TOKEN_EXCHANGE);
        OAuthTokens first = switch (mode) {
            case "REFRESH" -> {
                file = settingsFile();
                yield startHeadless(configured);
            }
            case "GETANDREFRESH" -> {
                file = settingsFile();
                yield startDesktop(configured);
            }
            default -> configured != null && configured.accessToken() != null ? configured : null;
        };
        if (first == null) {
            log.info("OAuth: no access token yet; GetOAuthAuthorizationURL and GetOAuthAccessToken can obtain one");
            return;
        }
        install(first);
        ctx.steps().passed(mode.equals("OFF") ? "OAuthAccessToken is set (no exchange needed)" : "an access token is ready");
        if (gateway != null) {
            String known = gateway.cloudId();
            ctx.steps().begin(SignOnSteps.CLOUD_SITE);
            gateway.resolve(http, fresh().accessToken());
            ctx.steps().passed("the token may use this Cloud site");
            if (known == null && file != null) {
                save(tokens());
            }
        }
    }

    @Override
    boolean canRenew(OAuthTokens current) {
        return current.refreshToken() != null && app != null && app.clientId() != null && app.clientSecret() != null;
    }

    @Override
    OAuthTokens renew(OAuthTokens stale) {
        if (file == null) {
            return refresh(stale.refreshToken());
        }
        return file.locked(() -> {
            OAuthSettingsFile.Stored s = loadMatching();
            OAuthTokens stored = s == null ? null : s.tokens();
            boolean newer = stored != null && stored.accessToken() != null
                    && !stored.accessToken().equals(stale.accessToken());
            if (newer && !stored.expiresWithin(EARLY, clock)) {
                return stored;   // another connection refreshed already
            }
            String refreshToken = newer && stored.refreshToken() != null ? stored.refreshToken() : stale.refreshToken();
            OAuthTokens fresh = refresh(refreshToken);
            save(fresh);
            return fresh;
        });
    }

    @Override
    QuireException noToken() {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, "This connection has no OAuth access token yet. "
                + "Call GetOAuthAuthorizationURL, sign in at the URL it gives, then call GetOAuthAccessToken with the "
                + "code; or set OAuthAccessToken, or use InitiateOAuth=GETANDREFRESH to sign in through the browser.");
    }

    @Override
    QuireException refused() {
        OAuthTokens t = tokens();
        boolean renewable = t != null && canRenew(t);
        return new QuireException(SqlState.INVALID_AUTHORIZATION, 401, "The site refused the OAuth access token "
                + "(HTTP 401)" + (renewable ? " even after it was refreshed. Check Scope and that the account may "
                + "use this site." : ": it has expired or was revoked. Set a new OAuthAccessToken, call "
                + "RefreshOAuthAccessToken, or use InitiateOAuth=REFRESH or GETANDREFRESH with a refresh token "
                + "(and OAuthClientId, OAuthClientSecret) so the driver renews it."), null);
    }

    // ---- what the procedures use ----

    OAuthApp app() {
        return app;
    }

    TokenClient tokenClient() {
        return tokenClient;
    }

    /** Whether this connection keeps its tokens in a settings file (InitiateOAuth REFRESH or GETANDREFRESH). */
    boolean storesTokens() {
        return !mode.equals("OFF");
    }

    /** Takes tokens a procedure obtained; desktop mode also stores them in the settings file. */
    void accept(OAuthTokens t, boolean store) {
        install(t);
        if (store) {
            if (file == null) {
                file = settingsFile();
            }
            file.locked(() -> {
                save(t);
                return null;
            });
        }
    }

    // ---- first token ----

    private OAuthTokens configured() {
        String access = cfg.get(ConnectionProperties.OAUTH_ACCESS_TOKEN);
        String refresh = cfg.get(ConnectionProperties.OAUTH_REFRESH_TOKEN);
        return access == null && refresh == null ? null : new OAuthTokens(access, refresh, null);
    }

    private OAuthTokens startHeadless(OAuthTokens configured) {
        return file.locked(() -> {
            OAuthSettingsFile.Stored s = loadMatching();
            String verifier = cfg.get(ConnectionProperties.OAUTH_VERIFIER);
            if (verifier != null) {
                String hash = OAuthSettingsFile.sha256(verifier);
                if (s == null || !hash.equals(s.verifierHash())) {
                    OAuthTokens t = tokenClient.exchangeCode(verifier, app.callbackUrl());
                    verifierHash = hash;
                    save(t);
                    return t;
                }
            }
            if (s != null && (s.tokens().accessToken() != null || s.tokens().refreshToken() != null)) {
                return usable(s.tokens(), configured);
            }
            if (configured != null) {
                OAuthTokens t = configured.accessToken() == null ? refresh(configured.refreshToken()) : configured;
                save(t);
                return t;
            }
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "InitiateOAuth=REFRESH found no tokens: set "
                    + "OAuthVerifier (a code from GetOAuthAuthorizationURL's sign-in), OAuthRefreshToken, or "
                    + "OAuthSettingsLocation to a settings file (with its .key file) from a machine that signed in. "
                    + "Looked in " + file.path() + ".");
        });
    }

    /** Stored tokens, refreshed when expired; a refused stored refresh token falls back to a configured one. */
    private OAuthTokens usable(OAuthTokens stored, OAuthTokens configured) {
        if (!stored.expiresWithin(EARLY, clock)) {
            return stored;
        }
        try {
            OAuthTokens t = refresh(stored.refreshToken());
            save(t);
            return t;
        } catch (QuireException e) {
            String other = configured == null ? null : configured.refreshToken();
            if (other == null || other.equals(stored.refreshToken())) {
                throw e;
            }
            OAuthTokens t = refresh(other);
            save(t);
            return t;
        }
    }

    private OAuthTokens startDesktop(OAuthTokens configured) {
        OAuthTokens found = file.locked(() -> {
            OAuthSettingsFile.Stored s = loadMatching();
            if (s != null && (s.tokens().accessToken() != null || s.tokens().refreshToken() != null)) {
                try {
                    return usable(s.tokens(), configured);
                } catch (QuireException e) {
                    log.info("OAuth: the stored tokens cannot be refreshed (" + e.getMessage()
                            + "); signing in through the browser again");
                    return null;
                }
            }
            if (configured != null && configured.accessToken() != null) {
                save(configured);
                return configured;
            }
            if (configured != null) {
                try {
                    OAuthTokens t = refresh(configured.refreshToken());
                    save(t);
                    return t;
                } catch (QuireException e) {
                    log.info("OAuth: OAuthRefreshToken cannot be refreshed; signing in through the browser");
                }
            }
            return null;
        });
        if (found != null) {
            return found;
        }
        steps.begin(SignOnSteps.BROWSER);
        OAuthTokens t = BrowserSignIn.run(app, tokenClient, log);
        steps.passed("the browser sign-in returned a code, exchanged for tokens");
        verifierHash = null;
        return file.locked(() -> {
            save(t);
            return t;
        });
    }

    // ---- helpers ----

    private OAuthTokens refresh(String refreshToken) {
        if (refreshToken == null) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The OAuth access token has expired and there is "
                    + "no refresh token (add offline_access to Scope). " + signInAgain());
        }
        try {
            return tokenClient.refresh(refreshToken);
        } catch (TokenClient.OAuthRefusal e) {
            if (e.invalidGrant()) {
                throw new QuireException(SqlState.INVALID_AUTHORIZATION, e.nativeCode(), "The OAuth refresh token was "
                        + "refused: it has expired, was revoked or was already used. " + signInAgain(), null);
            }
            throw e;
        }
    }

    private String signInAgain() {
        return "Sign in again: connect with InitiateOAuth=GETANDREFRESH (the browser opens), or supply new tokens "
                + "(OAuthVerifier or OAuthRefreshToken with InitiateOAuth=REFRESH, or OAuthAccessToken).";
    }

    private OAuthSettingsFile settingsFile() {
        return OAuthSettingsFile.forConfig(cfg.get(ConnectionProperties.OAUTH_SETTINGS_LOCATION),
                app.siteBase() == null ? "" : app.siteBase().toString(), app.clientId());
    }

    /** The stored settings when they belong to this app (client id); the cloud id only for this site. */
    private OAuthSettingsFile.Stored loadMatching() {
        OAuthSettingsFile.Stored s = file.load();
        if (s == null) {
            return null;
        }
        if (s.clientId() != null && app.clientId() != null && !s.clientId().equals(app.clientId())) {
            log.info("OAuth: " + file.path() + " holds tokens of another OAuthClientId; not using them");
            return null;
        }
        if (verifierHash == null) {
            verifierHash = s.verifierHash();
        }
        String site = app.siteBase() == null ? "" : app.siteBase().toString();
        if (gateway != null && gateway.cloudId() == null && s.cloudId() != null && site.equals(s.site())) {
            gateway = new CloudGateway(app.gatewayUrl(), app.siteBase(), s.cloudId());
        }
        return s;
    }

    private void save(OAuthTokens t) {
        file.save(new OAuthSettingsFile.Stored(t, gateway == null ? null : gateway.cloudId(), verifierHash,
                app.clientId(), app.siteBase() == null ? "" : app.siteBase().toString()));
    }
}
