package io.quire.auth.sso;

import io.quire.error.QuireException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ons refused moments ago with the very same settings. Some clients (pyodbc) repeat a
 * failed SQLDriverConnectW through SQLDriverConnect at once; without this the user would get a
 * second push, a second e-mailed code (voiding the first) and one more failed attempt towards
 * the identity provider's lockout. Within {@link #WINDOW} the same settings get the same
 * refusal without a round trip. Keys are hashes; nothing secret is kept in the clear.
 */
final class RecentFailures {
    static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Map<String, Entry> RECENT = new ConcurrentHashMap<>();

    private record Entry(QuireException error, long until) {
    }

    private RecentFailures() {
    }

    /** Throws the refusal these settings got within the window, if any. */
    static void check(SsoSettings s) {
        Entry e = RECENT.get(key(s));
        if (e != null && e.until() - System.nanoTime() > 0) {
            QuireException again = new QuireException(e.error().state(), e.error().nativeCode(), e.error().getMessage()
                    + " (The same sign-on was refused moments ago; it is not repeated within " + WINDOW.toSeconds()
                    + " s.)", null);
            e.error().details().forEach(again::addDetail);
            throw again;
        }
    }

    static void remember(SsoSettings s, QuireException error) {
        long now = System.nanoTime();
        RECENT.values().removeIf(e -> e.until() - now <= 0);
        RECENT.put(key(s), new Entry(error, now + WINDOW.toNanos()));
    }

    private static String key(SsoSettings s) {
        String joined = String.join("\u0000", s.scheme(), s.user(), s.password(), String.valueOf(s.apiToken()),
                s.loginUrl().toString(), s.exchangeUrl().toString(), String.valueOf(s.appName()),
                String.valueOf(s.appPassword()), s.mfaType(), String.valueOf(s.mfaPassCode()),
                String.valueOf(s.rememberDevice()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
