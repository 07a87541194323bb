package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CustomHeaders, Cookies, a proxy with and without credentials, ProxyExceptions, and TLS trust through real servers. */
class HttpOptionsIT {
    private static final String LOGIN = ";User=demo;Password=demo-password";
    private static final String QUERY = "SELECT Key FROM Spaces WHERE Key = 'ENG'";
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void customHeadersAndCookiesReachTheSite() throws Exception {
        try (ForwardingServer front = ForwardingServer.proxy(null)) {
            long c = FakeSite.connect("Url=" + site.dcUrl() + LOGIN + ";ProxyServer=127.0.0.1;ProxyPort=" + front.port()
                    + ";CustomHeaders={X-Tenant: acme|X-Front-Key: k-123};Cookies={sso_gate=open; region=eu}");
            assertEquals(1, FakeSite.query(c, QUERY).size());
            Bridge.disconnect(c);
            assertFalse(front.seen.isEmpty());
            for (ForwardingServer.Seen s : front.seen) {
                assertEquals("acme", s.header("X-Tenant"), s.target());
                assertEquals("k-123", s.header("X-Front-Key"), s.target());
                assertTrue(s.header("Cookie").contains("sso_gate=open") && s.header("Cookie").contains("region=eu"),
                        s.header("Cookie"));
            }
        }
    }

    @Test
    void malformedCustomHeadersAreRefusedWithoutEchoingThem() {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect("Url=" + site.dcUrl() + LOGIN
                + ";CustomHeaders={no-colon-secret-value}"));
        assertEquals("08001", e.sqlState());
        assertFalse(e.getMessage().contains("no-colon-secret-value"), e.getMessage());
    }

    @Test
    void aProxyWithCredentialsCarriesEveryRequest() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("puser:ppass".getBytes(StandardCharsets.UTF_8));
        try (ForwardingServer proxy = ForwardingServer.proxy(auth)) {
            String base = "Url=" + site.dcUrl() + LOGIN + ";ProxyServer=127.0.0.1;ProxyPort=" + proxy.port();
            long c = FakeSite.connect(base + ";ProxyUser=puser;ProxyPassword=ppass");
            assertEquals(1, FakeSite.query(c, QUERY).size());
            Bridge.disconnect(c);
            assertTrue(proxy.seen.stream().anyMatch(s -> s.target().startsWith(site.dcUrl() + "/rest/api/")),
                    "absolute-form requests through the proxy");
            BridgeException e = assertThrows(BridgeException.class,
                    () -> FakeSite.connect(base + ";ProxyUser=puser;ProxyPassword=wrong"));
            assertEquals("08001", e.sqlState());
            assertEquals(407, e.nativeCode());
            assertTrue(e.getMessage().contains("ProxyUser"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), e.getMessage());
            int before = proxy.seen.size();
            long direct = FakeSite.connect(base + ";ProxyExceptions={example.com;127.0.0.1}");
            assertEquals(1, FakeSite.query(direct, QUERY).size());
            Bridge.disconnect(direct);
            assertEquals(before, proxy.seen.size(), "ProxyExceptions hosts are reached directly");
        }
    }

    @Test
    void tlsVerifiesByDefaultAndTrustsSslServerCert(@TempDir Path dir) throws Exception {
        TestCertificate cert = TestCertificate.create(dir);
        try (ForwardingServer tls = ForwardingServer.tls(cert.serverContext, site.dcUrl())) {
            String base = "Url=https://127.0.0.1:" + tls.port() + LOGIN;
            BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(base));
            assertEquals("08001", e.sqlState());
            assertTrue(e.getMessage().contains("SSLServerCert"), e.getMessage());
            for (String trust : new String[] {cert.pem.toString(), "{" + cert.pemText + "}", "*"}) {
                long c = FakeSite.connect(base + ";SSLServerCert=" + trust);
                assertEquals(1, FakeSite.query(c, QUERY).size(), trust);
                Bridge.disconnect(c);
            }
            Path other = dir.resolve("other");
            Files.createDirectories(other);
            TestCertificate stranger = TestCertificate.create(other);
            e = assertThrows(BridgeException.class, () -> FakeSite.connect(base + ";SSLServerCert=" + stranger.pem));
            assertEquals("08001", e.sqlState(), "a different certificate is not trusted");
            e = assertThrows(BridgeException.class, () -> FakeSite.connect(base + ";SSLServerCert=" + dir.resolve("none.pem")));
            assertTrue(e.getMessage().contains("cannot read the certificate file"), e.getMessage());
        }
    }
}
