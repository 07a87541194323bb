package io.quire.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quire.config.ConnectionConfig;
import io.quire.error.QuireException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientsTest {

    private static OkHttpClient client(String cs, Map<String, String> env) throws Exception {
        return HttpClients.base(ConnectionConfig.from(cs, null),
                new SessionCookies(HttpUrl.get("https://wiki.example.com"), null), false, env);
    }

    private static String proxyFor(OkHttpClient c, String url) {
        if (c.proxy() != null) {
            return c.proxy() == Proxy.NO_PROXY ? "DIRECT" : c.proxy().toString();
        }
        Proxy p = c.proxySelector().select(URI.create(url)).get(0);
        if (p == Proxy.NO_PROXY) {
            return "DIRECT";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void noProxyUnlessAsked() throws Exception {
        assertEquals("DIRECT", proxyFor(client("Url=https://wiki.example.com", Map.of("https_proxy", "http://p:3128")),
                "https://wiki.example.com/rest/api"));
    }

    @Test
    void proxyServerWithExceptions() throws Exception {
        OkHttpClient c = client("ProxyServer=proxy.corp;ProxyPort=8080;ProxyExceptions={*.internal, localhost}", Map.of());
        assertEquals("proxy.corp:8080", proxyFor(c, "https://wiki.example.com/"));
        assertEquals("DIRECT", proxyFor(c, "https://wiki.internal/"));
        assertEquals("DIRECT", proxyFor(c, "http://localhost:8090/"));
    }

    @Test
    void autoDetectReadsTheEnvironment() throws Exception {
        OkHttpClient c = client("ProxyAutoDetect=true",
                Map.of("HTTPS_PROXY", "http://envproxy:3128/", "no_proxy", ".example.org,127.0.0.1"));
        assertEquals("envproxy:3128", proxyFor(c, "https://wiki.example.com/"));
        assertEquals("DIRECT", proxyFor(c, "https://docs.example.org/"));
        assertEquals("DIRECT", proxyFor(c, "http://127.0.0.1:8090/"));
        assertEquals("DIRECT", proxyFor(client("ProxyAutoDetect=true", Map.of()), "https://wiki.example.com/"));
    }

    @Test
    void unreadableCertificateIsAConnectError() {
        QuireException e = assertThrows(QuireException.class,
                () -> client("SSLServerCert=-----BEGIN CERTIFICATE-----garbage", Map.of()));
        assertEquals("08001", e.state().code());
    }
}
