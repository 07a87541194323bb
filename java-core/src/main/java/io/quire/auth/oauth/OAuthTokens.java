package io.quire.auth.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What an OAuth server gave: the access token, the refresh token (null without offline_access
 * or for client credentials) and when the access token expires (null: unknown, e.g. a token the
 * user pasted; it is then renewed only when the site answers 401). toString hides the values.
 */
record OAuthTokens(String accessToken, String refreshToken, Instant expiresAt) {

    /** Whether the access token is gone or expires within margin from now. */
    boolean expiresWithin(Duration margin, Clock clock) {
        return accessToken == null || (expiresAt != null && !expiresAt.isAfter(clock.instant().plus(margin)));
    }

    /** Seconds the access token has left (0 when expired), or null when unknown. */
    Long secondsLeft(Clock clock) {
        return expiresAt == null ? null : Math.max(0, Duration.between(clock.instant(), expiresAt).getSeconds());
    }

    /** The same tokens with a refresh token that a refresh answer left out (servers that do not rotate). */
    OAuthTokens keepingRefresh(String previous) {
        return refreshToken != null || previous == null ? this : new OAuthTokens(accessToken, previous, expiresAt);
    }

    @Override
    public String toString() {
        return "OAuthTokens(hidden, expires " + expiresAt + ")";
    }
}
