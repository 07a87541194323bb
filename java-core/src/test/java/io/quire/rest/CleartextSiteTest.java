package io.quire.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.auth.Authentications;
import io.quire.config.ConnectionConfig;
import io.quire.error.QuireException;
import io.quire.log.QuireLog;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * A connection to an http:// site that signs in at the site builds its client without TLS, and
 * still follows the site to https:// when it redirects there.
 */
class CleartextSiteTest {
    private static OkHttpClient base(String cs) throws Exception {
        ConnectionConfig cfg = ConnectionConfig.from(cs, null);
        boolean siteOnly = Authentications.forConfig(cfg, Deployment.DATA_CENTER).signsInAtSiteOnly();
        return HttpClients.base(cfg, new SessionCookies(HttpUrl.get("http://wiki.local"), null), siteOnly);
    }

    private static boolean withoutTls(String cs) throws Exception {
        return base(cs).connectionSpecs().stream().noneMatch(s -> s.isTls());
    }

    @Test
    void onlyPlainHttpSitesWithSiteSignInGoWithoutTls() throws Exception {
        assertTrue(withoutTls("Url=http://wiki.local;User=u;Password=p"));
        assertTrue(withoutTls("Url=HTTP://wiki.local;AuthScheme=PAT;PAT=x"));
        assertTrue(withoutTls("Url=http://wiki.local;AuthScheme=LDAP;User=u;Password=p"));
        assertFalse(withoutTls("Url=https://wiki.local;User=u;Password=p"));
        assertFalse(withoutTls("Url=http://wiki.local;AuthScheme=Okta;User=u;"
                + "Password=p;SSOLoginURL=https://corp.okta.com/app/x/sso/saml;SSOExchangeUrl=http://wiki.local/plugins/saml"));
        assertFalse(withoutTls("Url=http://wiki.local;User=u;Password=p;SSLServerCert=*"));
        // the connection test's probe (no authenticator) keeps TLS: it may meet a redirect to https
        assertTrue(HttpClients.base(ConnectionConfig.from("Url=http://wiki.local;User=u;Password=p", null),
                new SessionCookies(HttpUrl.get("http://wiki.local"), null)).connectionSpecs().stream().anyMatch(s -> s.isTls()));
        OkHttpClient plain = base("Url=http://wiki.local;User=u;Password=p");
        assertEquals(1, plain.connectionSpecs().size());
        assertNotNull(HttpClients.withTls(plain).sslSocketFactory());
    }

    @Test
    void aRedirectToHttpsIsFollowedWithTls() throws Exception {
        try (MockWebServer site = new MockWebServer(); ServerSocket tls = new ServerSocket(0)) {
            // the https side: records the first byte a client sends (22: a TLS handshake record)
            CompletableFuture<Integer> firstByte = CompletableFuture.supplyAsync(() -> {
                try (Socket s = tls.accept(); InputStream in = s.getInputStream()) {
                    return in.read();
                } catch (Exception e) {
                    return -2;
                }
            });
            for (int i = 0; i < 2; i++) {   // met without TLS, then asked again with TLS
                site.enqueue(new MockResponse().setResponseCode(302)
                        .setHeader("Location", "https://127.0.0.1:" + tls.getLocalPort() + "/rest/api/space"));
            }
            site.start();
            String cs = "Url=" + site.url("/") + ";User=u;Password=p;Timeout=5";
            RestTransport t = new RestTransport(base(cs), chain -> chain.proceed(chain.request()), null, 0, 0,
                    QuireLog.OFF);
            try {
                QuireException e = assertThrows(QuireException.class,
                        () -> t.getJson(site.url("/rest/api/space"), p -> p.nextToken(), false));
                assertEquals(22, firstByte.get(10, TimeUnit.SECONDS), "no TLS handshake reached the https side: "
                        + e.getMessage());
                assertEquals("08001", e.state().code(), e.getMessage());
            } finally {
                t.close();
            }
        }
    }
}
