package io.quire.tools;

import io.quire.auth.SignOnSteps.Step;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.rest.HttpClients;
import io.quire.rest.SessionCookies;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The connection test's steps before any credential is sent: DNS, a TCP connection (to the site
 * or to the proxy), then one unauthenticated request that proves the proxy (it may answer 407)
 * and TLS (the certificate must be trusted) and that something answers at the site's REST path.
 */
final class NetworkSteps {
    static final String DNS = "DNS";
    static final String TCP = "TCP connect";
    static final String PROXY = "Proxy";
    static final String TLS = "TLS";
    static final String SITE = "Site answers";

    private NetworkSteps() {
    }

    /** Adds the steps to out; false when one failed. */
    static boolean run(ConnectionConfig cfg, HttpUrl url, HttpUrl siteBase, List<Step> out) {
        String proxyHost = cfg.get(ConnectionProperties.PROXY_SERVER);
        boolean viaProxy = proxyHost != null && !proxyHost.isBlank();
        String host = viaProxy ? proxyHost.trim() : url.host();
        int port = viaProxy ? cfg.getInt(ConnectionProperties.PROXY_PORT) : url.port();
        String where = viaProxy ? "the proxy " + host + ":" + port : url.host() + ":" + url.port();
        InetAddress address;
        try {
            address = InetAddress.getAllByName(host)[0];
            out.add(new Step(DNS, true, host + " -> " + address.getHostAddress()
                    + (viaProxy ? " (the proxy; it resolves " + url.host() + ")" : "")));
        } catch (UnknownHostException e) {
            out.add(new Step(DNS, false, "The host name " + host + " cannot be resolved: check "
                    + (viaProxy ? "ProxyServer" : "Url") + " (and the network or VPN)."));
            return false;
        }
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, 1000L * (cfg.getInt(ConnectionProperties.TIMEOUT) > 0
                ? cfg.getInt(ConnectionProperties.TIMEOUT) : 30));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), timeoutMs);
            out.add(new Step(TCP, true, where + " accepts connections"));
        } catch (IOException e) {
            out.add(new Step(TCP, false, "Nothing accepts connections at " + where + " (" + e.getMessage()
                    + "): check " + (viaProxy ? "ProxyServer and ProxyPort" : "the host and port in Url")
                    + ", and any firewall."));
            return false;
        }
        return probe(cfg, url, siteBase, viaProxy, where, out);
    }

    /** An unauthenticated request: the proxy, TLS and an HTTP answer, without credentials. */
    private static boolean probe(ConnectionConfig cfg, HttpUrl url, HttpUrl siteBase, boolean viaProxy, String where,
                                 List<Step> out) {
        OkHttpClient http;
        try {
            http = HttpClients.base(cfg, new SessionCookies(url, null));
        } catch (QuireException e) {
            out.add(new Step(url.isHttps() ? TLS : SITE, false, e.getMessage()));
            return false;
        }
        boolean proxyCredentials = cfg.isSet(ConnectionProperties.PROXY_USER);
        HttpUrl probe = siteBase.newBuilder().addPathSegments("rest/api/space").addQueryParameter("limit", "1").build();
        try (Response r = http.newCall(new Request.Builder().url(probe).get().build()).execute()) {
            if (r.code() == 407 && viaProxy) {
                out.add(proxyRefused(where, proxyCredentials));
                return false;
            }
            if (viaProxy) {
                out.add(new Step(PROXY, true, where + " forwarded the request"));
            }
            if (url.isHttps()) {
                out.add(new Step(TLS, true, "the certificate of " + url.host() + " is trusted"));
            }
            out.add(new Step(SITE, true, url.host() + ":" + url.port() + " answered (HTTP " + r.code()
                    + " without credentials)"));
            return true;
        } catch (SSLException e) {
            if (viaProxy) {
                out.add(new Step(PROXY, true, where + " opened a tunnel to " + url.host()));
            }
            out.add(new Step(TLS, false, "The TLS handshake with " + url.host() + " failed (" + e.getMessage()
                    + "). If the site uses its own certificate or a company CA, set SSLServerCert."));
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (viaProxy && m.contains("proxy")) {
                out.add(proxyRefused(where, proxyCredentials));
            } else if (viaProxy && m.contains("connect")) {
                out.add(new Step(PROXY, false, where + " would not open a tunnel to " + url.host() + ":" + url.port()
                        + " (" + e.getMessage() + ")."));
            } else {
                out.add(new Step(SITE, false, "No answer from " + url.host() + ":" + url.port() + " (" + e + ")."));
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return false;
    }

    private static Step proxyRefused(String where, boolean hadCredentials) {
        return new Step(PROXY, false, where + " requires authentication (HTTP 407) and " + (hadCredentials
                ? "refused ProxyUser and ProxyPassword: check them (and ProxyAuthScheme)."
                : "no ProxyUser is set: set ProxyUser and ProxyPassword."));
    }
}
