package io.quire.fake.confluence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.Headers;

/**
 * Checks Basic (user or email + password or API token) and Bearer (PAT) credentials, and any
 * further {@link SiteLogin} an identity provider registered. Never logs secrets.
 */
public final class Auth {

    private final Config cfg;
    private final List<SiteLogin> logins = new CopyOnWriteArrayList<>();

    public Auth(Config cfg) {
        this.cfg = cfg;
    }

    /** The scheme of an Authorization header ({@code Basic}, {@code Bearer}, ...) or {@code none}. */
    public static String scheme(String header) {
        if (header == null || header.isBlank()) {
            return "none";
        }
        String s = header.trim();
        int sp = s.indexOf(' ');
        String scheme = sp < 0 ? s : s.substring(0, sp);
        if (scheme.equalsIgnoreCase("basic")) {
            return "Basic";
        }
        if (scheme.equalsIgnoreCase("bearer")) {
            return "Bearer";
        }
        return scheme.length() > 20 ? "unknown" : scheme;
    }

    /** Accepts requests that satisfy login from now on. */
    public void register(SiteLogin login) {
        logins.add(login);
    }

    /** Whether a request with these headers is authenticated by any accepted means. */
    public boolean authorized(Headers headers, String method, String pathAndQuery) {
        if (authorized(headers.getFirst("Authorization"))) {
            return true;
        }
        for (SiteLogin l : logins) {
            if (l.accepts(headers, method, pathAndQuery)) {
                return true;
            }
        }
        return false;
    }

    public boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        String s = header.trim();
        int sp = s.indexOf(' ');
        if (sp < 0) {
            return false;
        }
        String scheme = s.substring(0, sp);
        String value = s.substring(sp + 1).trim();
        if (scheme.equalsIgnoreCase("bearer")) {
            return same(value, cfg.pat());
        }
        if (!scheme.equalsIgnoreCase("basic")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String user = decoded.substring(0, colon);
        String secret = decoded.substring(colon + 1);
        boolean userOk = user.equals(cfg.user()) || user.equalsIgnoreCase(cfg.email());
        boolean secretOk = same(secret, cfg.password()) | same(secret, cfg.apiToken());
        return userOk && secretOk;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
