package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.idp.sso.SsoFakes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL_ATTR_LOGIN_TIMEOUT bounds the whole connect, the identity provider included: an Okta
 * sign-in that stalls and a push nobody answers both end in HYT00 at the timeout, with no
 * thread left waiting on the identity provider; and the bridge's testConnection report.
 */
@Timeout(60)
class SignOnLoginTimeoutIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeSite site;
    private static SsoFakes sso;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        sso = SsoFakes.of(site.server);
    }

    @AfterAll
    static void stop() {
        System.clearProperty("quire.configDir");
        site.close();
    }

    @BeforeEach
    void isolate() {
        System.setProperty("quire.configDir", dir.toString());
        sso.directory().forgetDevices();
    }

    private static long connectMillis(String connStr, int loginTimeout, String expectedState) {
        long start = System.nanoTime();
        BridgeException e = assertThrows(BridgeException.class, () -> Bridge.connect(
                connStr.getBytes(StandardCharsets.UTF_8), null, loginTimeout));
        assertEquals(expectedState, e.sqlState(), e.getMessage());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long signOnThreads() {
        return Thread.getAllStackTraces().entrySet().stream().filter(t -> t.getKey() != Thread.currentThread())
                .filter(t -> java.util.Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().contains("io.quire.auth")))
                .count();
    }

    @Test
    void aStalledIdentityProviderEndsAtTheLoginTimeout() throws Exception {
        admin("/__admin/sso/stall?ms=20000&count=1");
        long ms = connectMillis(OktaSsoIT.okta(site, sso, "okta.plain", ";Timeout=60"), 2, "HYT00");
        assertTrue(ms >= 1900 && ms < 8000, "HYT00 at the 2 s login timeout, not the 60 s Timeout: " + ms + " ms");
        assertEquals(0, signOnThreads(), "nothing keeps signing on after HYT00");
        // without a login timeout, the Timeout property still bounds each identity-provider request
        admin("/__admin/sso/stall?ms=20000&count=1");
        long perRequest = connectMillis(OktaSsoIT.okta(site, sso, "okta.plain", ";Timeout=2"), 0, "08001");
        assertTrue(perRequest < 8000, perRequest + " ms");
    }

    @Test
    void anUnansweredPushEndsAtTheLoginTimeout() {
        long ms = connectMillis(OktaSsoIT.okta(site, sso, "okta.pending", ";MFARememberDevice=false;Timeout=60"), 2,
                "HYT00");
        assertTrue(ms >= 1900 && ms < 8000, "HYT00 at the login timeout, not the push limit: " + ms + " ms");
        assertEquals(0, signOnThreads(), "nothing keeps polling the push after HYT00");
    }

    @Test
    void testConnectionReportsTheFailedStep() throws Exception {
        String report = new String(Bridge.testConnection(OktaSsoIT.okta(site, sso, "okta.reject",
                ";MFARememberDevice=false").getBytes(StandardCharsets.UTF_8), null, 30), StandardCharsets.UTF_8);
        assertTrue(report.contains("[ok]   IdP login (Okta)"), report);
        assertTrue(report.endsWith("Connection failed at: MFA\n"), report);
        String ok = new String(Bridge.testConnection(("Url=" + site.dcUrl() + ";User=demo;Password=demo-password")
                .getBytes(StandardCharsets.UTF_8), null, 30), StandardCharsets.UTF_8);
        assertTrue(ok.endsWith("Connection OK.\n"), ok);
    }

    private static void admin(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.server.url() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
    }
}
