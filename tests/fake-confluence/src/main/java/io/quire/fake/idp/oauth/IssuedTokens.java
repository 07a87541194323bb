package io.quire.fake.idp.oauth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every authorization code, access token and refresh token the fake server issued. Codes are
 * single use; refresh tokens rotate (using one removes it); both can be expired on demand.
 * Values carry a recognisable prefix (qac_, qat_, qrt_) so tests can search logs for them.
 */
final class IssuedTokens {
    record Code(String clientId, String redirectUri, String scope, Instant expires) {
    }

    /** grant: authorization_code, refresh_token or client_credentials. */
    record Access(String clientId, String grant, String scope, Instant expires) {
        boolean threeLegged() {
            return !grant.equals("client_credentials");
        }
    }

    record Refresh(String clientId, String scope) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Access> access = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refresh = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> grants = new ConcurrentHashMap<>();
    private volatile long accessSeconds;

    IssuedTokens(long accessSeconds) {
        this.accessSeconds = accessSeconds;
    }

    long accessSeconds() {
        return accessSeconds;
    }

    void accessSeconds(long seconds) {
        this.accessSeconds = seconds;
    }

    String newCode(String clientId, String redirectUri, String scope) {
        String c = "qac_" + random();
        codes.put(c, new Code(clientId, redirectUri, scope, Instant.now().plusSeconds(600)));
        return c;
    }

    /** The code's grant, once: a second use finds nothing. */
    Code takeCode(String code) {
        Code c = code == null ? null : codes.remove(code);
        return c == null || c.expires().isBefore(Instant.now()) ? null : c;
    }

    String newAccess(String clientId, String grant, String scope) {
        String t = "qat_" + random();
        access.put(t, new Access(clientId, grant, scope, Instant.now().plusSeconds(accessSeconds)));
        grants.computeIfAbsent(grant, g -> new AtomicLong()).incrementAndGet();
        return t;
    }

    /** The live access token's record, or null (unknown or expired). */
    Access validAccess(String token) {
        Access a = token == null ? null : access.get(token);
        return a == null || !a.expires().isAfter(Instant.now()) ? null : a;
    }

    String newRefresh(String clientId, String scope) {
        String t = "qrt_" + random();
        refresh.put(t, new Refresh(clientId, scope));
        return t;
    }

    /** The refresh token's grant, once (rotation: the caller issues a new one). */
    Refresh takeRefresh(String token) {
        return token == null ? null : refresh.remove(token);
    }

    void expireAccessTokens() {
        Instant past = Instant.now().minusSeconds(1);
        access.replaceAll((k, a) -> new Access(a.clientId(), a.grant(), a.scope(), past));
    }

    void expireRefreshTokens() {
        refresh.clear();
    }

    /** How many access tokens each grant type issued. */
    Map<String, Long> grantCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        grants.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
