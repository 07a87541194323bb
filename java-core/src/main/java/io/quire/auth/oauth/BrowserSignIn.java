package io.quire.auth.oauth;

import io.quire.log.QuireLog;
import java.time.Duration;

/**
 * The desktop sign-in: listen on the CallbackURL's loopback port, open the browser at the
 * authorization URL with a fresh state, wait (bounded) for the redirect with the code, and
 * exchange the code for tokens.
 */
final class BrowserSignIn {
    /** How long the user has to finish signing in; quire.oauth.signInTimeoutSeconds overrides it. */
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

    private BrowserSignIn() {
    }

    static OAuthTokens run(OAuthApp app, TokenClient tokens, QuireLog log) {
        String state = AuthorizationUrl.newState();
        try (LoopbackCallback callback = LoopbackCallback.open(app.callbackUrl())) {
            String url = AuthorizationUrl.build(app, app.callbackUrl(), state, app.scope());
            log.info("OAuth: opening the browser to sign in; waiting for the answer at " + app.callbackUrl());
            BrowserLauncher.open(url);
            String code = callback.awaitCode(state, signInWait());
            log.addSecret(code);
            log.info("OAuth: the browser sign-in came back; exchanging the code");
            return tokens.exchangeCode(code, app.callbackUrl());
        }
    }

    static Duration signInWait() {
        String s = System.getProperty("quire.oauth.signInTimeoutSeconds");
        try {
            return s == null ? DEFAULT_WAIT : Duration.ofSeconds(Math.max(1, Long.parseLong(s.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }
}
