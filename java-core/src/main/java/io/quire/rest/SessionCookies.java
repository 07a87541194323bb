package io.quire.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * The connection's cookies: those the Cookies property gives for the site (SSO front ends that
 * want a cookie of their own), and those any server sets during the connection (the session a
 * SAML sign-on opens at the site, an identity provider's own session), sent back by the usual
 * domain, path and expiry rules. Kept in memory only; {@link #clearSession()} forgets the
 * learnt ones when a sign-on is redone.
 */
public final class SessionCookies implements CookieJar {
    private final List<Cookie> configured;
    private final List<Cookie> learnt = new CopyOnWriteArrayList<>();

    /** configured: the Cookies property ({@code name=value; name2=value2}) for the site's host. */
    public SessionCookies(HttpUrl site, String configured) {
        List<Cookie> list = new ArrayList<>();
        if (configured != null) {
            for (String pair : configured.split(";")) {
                Cookie c = Cookie.parse(site, pair.trim() + "; Path=/");
                if (c != null) {
                    list.add(c);
                }
            }
        }
        this.configured = List.copyOf(list);
    }

    @Override
    public void saveFromResponse(HttpUrl url, List<Cookie> cookies) {
        for (Cookie c : cookies) {
            learnt.removeIf(old -> old.name().equals(c.name()) && old.domain().equals(c.domain())
                    && old.path().equals(c.path()));
            if (c.expiresAt() > System.currentTimeMillis()) {
                learnt.add(c);
            }
        }
    }

    @Override
    public List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        List<Cookie> out = new ArrayList<>();
        for (Cookie c : configured) {
            if (c.matches(url)) {
                out.add(c);
            }
        }
        for (Cookie c : learnt) {
            if (c.expiresAt() > now && c.matches(url)
                    && out.stream().noneMatch(o -> o.name().equals(c.name()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The cookies learnt for url right now (values are secrets: never log them). */
    public List<Cookie> learntFor(HttpUrl url) {
        long now = System.currentTimeMillis();
        return learnt.stream().filter(c -> c.expiresAt() > now && c.matches(url)).toList();
    }

    /** Forgets every cookie servers set (a new sign-on follows); configured ones stay. */
    public void clearSession() {
        learnt.clear();
    }
}
