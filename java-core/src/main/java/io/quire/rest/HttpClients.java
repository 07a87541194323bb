package io.quire.rest;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * The connection's base HTTP client: timeouts, proxy (ProxyServer/ProxyPort/ProxyUser/ProxyPassword/
 * ProxyAuthScheme BASIC or DIGEST/ProxyExceptions, or the environment's with ProxyAutoDetect), TLS trust (SSLServerCert) and the
 * cookie jar. The site client and the sign-on client are both built from it.
 */
public final class HttpClients {
    private HttpClients() {
    }

    public static OkHttpClient base(ConnectionConfig cfg, SessionCookies cookies) {
        return base(cfg, cookies, false, System.getenv());
    }

    /**
     * @param siteSignInOnly every request goes to the site (the authenticator's
     *                       {@code signsInAtSiteOnly}): an http:// site then gets a client without TLS
     */
    public static OkHttpClient base(ConnectionConfig cfg, SessionCookies cookies, boolean siteSignInOnly) {
        return base(cfg, cookies, siteSignInOnly, System.getenv());
    }

    static OkHttpClient base(ConnectionConfig cfg, SessionCookies cookies, boolean siteSignInOnly,
                             Map<String, String> env) {
        Duration timeout = Duration.ofSeconds(Math.max(0, cfg.getInt(ConnectionProperties.TIMEOUT)));
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(true)
                .cookieJar(cookies);
        proxy(cfg, env, b);
        TlsTrust.apply(cfg, b);
        if (cleartextOnly(cfg, siteSignInOnly)) {
            b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        return b.build();
    }

    /**
     * Whether every request of the connection goes to an http:// site: Url is http, the scheme
     * signs in at the site itself (siteSignInOnly: Basic, APIToken, LDAP, PAT) and no TLS setting
     * is given. Such a client skips OkHttp's TLS set-up (loading the JDK's trusted certificates:
     * ~60 ms of a cold start). A site that redirects to https gets a client with TLS on the spot
     * ({@link #withTls}, {@link RestTransport}).
     */
    static boolean cleartextOnly(ConnectionConfig cfg, boolean siteSignInOnly) {
        String url = cfg.get(ConnectionProperties.URL);
        return siteSignInOnly && url != null && url.trim().regionMatches(true, 0, "http://", 0, 7)
                && blank(cfg.get(ConnectionProperties.SSL_SERVER_CERT)) && blank(cfg.get(ConnectionProperties.SSL_CLIENT_CERT));
    }

    /** client, able to reach https:// too (OkHttp's default connection specs). */
    public static OkHttpClient withTls(OkHttpClient client) {
        return client.newBuilder().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)).build();
    }

    /** OkHttp's answer when a client without TLS meets an https:// URL (a redirect from the http site). */
    static boolean isCleartextOnly(IllegalStateException e) {
        return "CLEARTEXT-only client".equals(e.getMessage());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void proxy(ConnectionConfig cfg, Map<String, String> env, OkHttpClient.Builder b) {
        String server = cfg.get(ConnectionProperties.PROXY_SERVER);
        List<String> exceptions = split(cfg.get(ConnectionProperties.PROXY_EXCEPTIONS));
        Proxy proxy = null;
        if (server != null && !server.isBlank()) {
            proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(server.trim(),
                    cfg.getInt(ConnectionProperties.PROXY_PORT)));
        } else if (cfg.getBoolean(ConnectionProperties.PROXY_AUTO_DETECT)) {
            proxy = fromEnvironment(env);
            exceptions.addAll(split(first(env, "no_proxy", "NO_PROXY")));
        }
        if (proxy == null) {
            b.proxy(Proxy.NO_PROXY);
            return;
        }
        b.proxySelector(new Selector(proxy, exceptions));
        String user = cfg.get(ConnectionProperties.PROXY_USER);
        String scheme = cfg.get(ConnectionProperties.PROXY_AUTH_SCHEME).toUpperCase(Locale.ROOT);
        if (user == null || user.isEmpty() || scheme.equals("NONE")) {
            return;
        }
        String password = String.valueOf(cfg.get(ConnectionProperties.PROXY_PASSWORD));
        switch (scheme) {
            case "DIGEST" -> b.proxyAuthenticator(new ProxyDigest(user, password));
            case "NTLM" -> throw new QuireException(SqlState.UNABLE_TO_CONNECT, "ProxyAuthScheme=NTLM is not supported: "
                    + "use BASIC or DIGEST if the proxy offers them, or a local NTLM-relaying proxy (such as cntlm) as "
                    + "ProxyServer.");
            default -> {
                String header = Credentials.basic(user, password);
                b.proxyAuthenticator((route, response) -> {
                    if (header.equals(response.request().header("Proxy-Authorization"))) {
                        return null;   // rejected once: give the 407 back instead of looping
                    }
                    return response.request().newBuilder().header("Proxy-Authorization", header).build();
                });
            }
        }
    }

    private static Proxy fromEnvironment(Map<String, String> env) {
        String spec = first(env, "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY");
        if (spec == null || spec.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(spec.contains("://") ? spec.trim() : "http://" + spec.trim());
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(),
                    u.getPort() < 0 ? 80 : u.getPort()));
        } catch (IllegalArgumentException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "ProxyAutoDetect: the environment's proxy setting "
                    + "is not a host:port or URL.");
        }
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String s : list.split("[;,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The proxy for every host but the exceptions (exact host, '.domain' / '*.domain' suffix, or '*'). */
    private static final class Selector extends ProxySelector {
        private final Proxy proxy;
        private final List<String> exceptions;

        Selector(Proxy proxy, List<String> exceptions) {
            this.proxy = proxy;
            this.exceptions = exceptions;
        }

        @Override
        public List<Proxy> select(URI uri) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            for (String e : exceptions) {
                String suffix = e.startsWith("*") ? e.substring(1) : e;
                if (e.equals("*") || host.equals(e) || (suffix.startsWith(".") && host.endsWith(suffix))) {
                    return List.of(Proxy.NO_PROXY);
                }
            }
            return List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        }
    }
}
