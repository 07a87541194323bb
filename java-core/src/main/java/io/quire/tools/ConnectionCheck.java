package io.quire.tools;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionStringException;
import io.quire.error.QuireException;
import io.quire.log.QuireLog;
import io.quire.rest.Deployment;
import io.quire.rest.HttpClients;
import io.quire.rest.SessionCookies;
import io.quire.source.confluence.ConfluenceSite;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tries a connection one step at a time and says in plain words which step failed: the
 * settings, the host name (DNS), reaching the site (network, proxy, TLS), signing in (the
 * AuthScheme's own steps: identity provider, second factor, token exchange), and permission to
 * read the site. The DSN dialog's Test button and the test-connection command show its report.
 * Messages never contain secrets (they come from the same redaction-safe errors as connects).
 */
public final class ConnectionCheck {

    /** One step: its name, whether it passed, and what happened. */
    public record Step(String name, boolean ok, String detail) {
        @Override
        public String toString() {
            return (ok ? "[ok]   " : "[FAIL] ") + name + ": " + detail;
        }
    }

    private ConnectionCheck() {
    }

    /** Runs the steps until one fails; the last step in the list is the failure, if any. */
    public static List<Step> run(String connectionString, String dsnLines) {
        List<Step> out = new ArrayList<>();
        ConnectionConfig cfg;
        try {
            cfg = ConnectionConfig.from(connectionString, dsnLines);
        } catch (ConnectionStringException e) {
            out.add(new Step("Settings", false, e.getMessage()));
            return out;
        }
        String url = cfg.get(ConnectionProperties.URL);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim().replaceAll("/+$", ""));
        if (parsed == null) {
            out.add(new Step("Settings", false, url == null ? "Url is not set." : "Url '" + url + "' is not an http or https address."));
            return out;
        }
        Deployment deployment = Deployment.detect(parsed, cfg.get(ConnectionProperties.DEPLOYMENT));
        String scheme = cfg.get(ConnectionProperties.AUTH_SCHEME);
        out.add(new Step("Settings", true, "Url " + parsed + " (" + (deployment == Deployment.CLOUD ? "Cloud"
                : "Data Center") + "), AuthScheme=" + scheme));
        boolean viaProxy = cfg.isSet(ConnectionProperties.PROXY_SERVER);
        if (!dns(parsed.host(), viaProxy, out)) {
            return out;
        }
        HttpUrl siteBase = ConfluenceSite.siteBase(parsed, deployment);
        if (!reach(cfg, parsed, siteBase, out)) {
            return out;
        }
        ConfluenceSite site;
        try {
            site = ConfluenceSite.open(cfg, QuireLog.OFF);
        } catch (QuireException e) {
            out.add(new Step("Sign-in (" + scheme + ")", false, e.getMessage()));
            return out;
        }
        try {
            if (!site.authenticator().signedIn()) {
                out.add(new Step("Sign-in (" + scheme + ")", false, "No credentials yet: this AuthScheme needs a "
                        + "token first (see the OAuth properties or the GetOAuthAccessToken procedure)."));
                return out;
            }
            out.add(new Step("Sign-in (" + scheme + ")", true, "signed in"));
            try {
                site.verify();
                out.add(new Step("Permission", true, "the site lets this account read its spaces"));
            } catch (QuireException e) {
                boolean auth = "28000".equals(e.state().code());
                out.add(new Step(auth ? "Sign-in (" + scheme + ")" : "Permission", false, e.getMessage()));
            }
        } finally {
            site.close();
        }
        return out;
    }

    private static boolean dns(String host, boolean viaProxy, List<Step> out) {
        if (viaProxy) {
            out.add(new Step("DNS", true, host + " is resolved by the proxy"));
            return true;
        }
        try {
            InetAddress[] a = InetAddress.getAllByName(host);
            out.add(new Step("DNS", true, host + " -> " + a[0].getHostAddress()));
            return true;
        } catch (UnknownHostException e) {
            out.add(new Step("DNS", false, "The host name " + host + " cannot be resolved: check Url (and the "
                    + "network or VPN)."));
            return false;
        }
    }

    /** An unauthenticated request: proves the network path, the proxy and TLS without credentials. */
    private static boolean reach(ConnectionConfig cfg, HttpUrl url, HttpUrl siteBase, List<Step> out) {
        String what = url.isHttps() ? "Network and TLS" : "Network";
        OkHttpClient http;
        try {
            http = HttpClients.base(cfg, new SessionCookies(url, null));
        } catch (QuireException e) {
            out.add(new Step(what, false, e.getMessage()));
            return false;
        }
        HttpUrl probe = siteBase.newBuilder().addPathSegments("rest/api/space").addQueryParameter("limit", "1").build();
        try (Response r = http.newCall(new Request.Builder().url(probe).get().build()).execute()) {
            out.add(new Step(what, true, url.host() + ":" + url.port() + " answered (HTTP " + r.code()
                    + " without credentials)"));
            return true;
        } catch (SSLException e) {
            out.add(new Step("TLS", false, "The TLS handshake with " + url.host() + " failed (" + e.getMessage()
                    + "). If the site uses its own certificate or a company CA, set SSLServerCert."));
        } catch (ConnectException e) {
            out.add(new Step("Network", false, "Nothing answers at " + url.host() + ":" + url.port()
                    + (cfg.isSet(ConnectionProperties.PROXY_SERVER) ? " or at the proxy" : "") + " (" + e.getMessage() + ")."));
        } catch (IOException e) {
            out.add(new Step("Network", false, "No answer from " + url.host() + ":" + url.port() + " (" + e + ")."));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return false;
    }
}
