package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.idp.sso.SamlConsumer;
import io.quire.fake.idp.sso.SsoDirectory;
import io.quire.fake.idp.sso.SsoFakes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AuthScheme=Crowd, SAML responses refused before they reach the site, the site's session ending
 * in the middle of a scan, and a log at Verbosity=5 that shows none of the sign-on's secrets.
 */
class SsoSessionIT {
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
        site.clearRequests();
    }

    static String crowd(String extra) {
        return crowd(site, sso, extra);
    }

    static String crowd(FakeSite site, SsoFakes sso, String extra) {
        return "Url=" + site.dcUrl() + ";AuthScheme=Crowd;User=" + SsoDirectory.CROWD_USER + ";Password="
                + SsoDirectory.CROWD_PASSWORD + ";SSOAppName=" + SsoDirectory.CROWD_APP + ";SSOAppPassword="
                + SsoDirectory.CROWD_APP_PASSWORD + ";SSOLoginURL=" + sso.crowdLoginUrl() + ";SSOExchangeUrl="
                + sso.exchangeUrl() + extra;
    }

    private static BridgeException refused(String connStr) {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(connStr));
        assertEquals("28000", e.sqlState(), e.getMessage());
        return e;
    }

    private static long consumerPosts() {
        return site.requests().stream().filter(r -> r.path().equals(SamlConsumer.PATH)).count();
    }

    @Test
    void crowdSignOn() throws Exception {
        long c = FakeSite.connect(crowd(""));
        assertFalse(FakeSite.query(c, "SELECT Key FROM Spaces").isEmpty());
        Bridge.disconnect(c);
        assertEquals(1, consumerPosts());
        assertTrue(site.requests().stream().anyMatch(r -> r.path().equals("/crowd/rest/usermanagement/1/session")
                && r.status() == 201));
    }

    @Test
    void crowdWrongAppPasswordAndWrongUserPasswordSayWhich() {
        BridgeException app = refused(crowd("").replace("SSOAppPassword=" + SsoDirectory.CROWD_APP_PASSWORD,
                "SSOAppPassword=Wr0ng-App-S3cret"));
        assertTrue(app.getMessage().contains("application credentials") && app.getMessage().contains("SSOAppPassword"),
                app.getMessage());
        BridgeException user = refused(crowd("").replace("Password=" + SsoDirectory.CROWD_PASSWORD + ";",
                "Password=Wr0ng-User-Pa55;"));
        assertTrue(user.getMessage().contains("user name or password"), user.getMessage());
        assertFalse(user.getMessage().contains("Wr0ng") || app.getMessage().contains("Wr0ng"));
        assertEquals(0, consumerPosts());
    }

    @Test
    void tamperedExpiredAndMisaddressedResponsesNeverReachTheSite() {
        int refusedBefore = sso.consumer().refused();
        for (String fault : List.of("tamper", "expired", "audience", "recipient", "unsigned")) {
            BridgeException okta = refused(OktaSsoIT.okta(site, sso, "okta.plain", "")
                    .replace(sso.oktaLoginUrl(), sso.oktaLoginUrl() + "?fault=" + fault));
            assertTrue(okta.getMessage().contains("refused before it was sent to the site"), okta.getMessage());
            BridgeException crowd = refused(crowd("").replace(sso.crowdLoginUrl(), sso.crowdLoginUrl() + "?fault=" + fault));
            assertTrue(crowd.getMessage().contains("refused before it was sent to the site"), crowd.getMessage());
        }
        assertEquals(0, consumerPosts(), "the consumer never received a bad response");
        assertEquals(refusedBefore, sso.consumer().refused());
    }

    @Test
    void sessionEndingMidScanSignsOnAgainOnceAndReturnsEveryRow() throws Exception {
        String sql = "SELECT Id, Title FROM Pages";
        long basic = site.connectAs(false, "");
        List<Object[]> expected = FakeSite.query(basic, sql);
        Bridge.disconnect(basic);
        assertTrue(expected.size() > 200);

        int accepted = sso.consumer().accepted();
        long c = FakeSite.connect(crowd(";Pagesize=50"));
        long stmt = Bridge.prepare(c, sql.getBytes(StandardCharsets.UTF_8));
        Bridge.execute(stmt, null, 0);
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        List<Object[]> rows = new ArrayList<>();
        int n = Bridge.fetch(stmt, 20, buf);
        assertTrue(n > 0);
        rows.addAll(new BatchReader(buf).values);
        sso.consumer().expireAll();
        rows.addAll(FakeSite.drain(stmt));
        Bridge.free(stmt);
        assertEquals(expected.size(), rows.size());
        assertEquals(ids(expected), ids(rows));
        assertEquals(accepted + 2, sso.consumer().accepted(), "one sign-on at connect, exactly one after expiry");
        assertTrue(site.requests().stream().anyMatch(r -> r.path().startsWith("/rest/api") && r.status() == 401));
        // later statements use the renewed session
        assertFalse(FakeSite.query(c, "SELECT Key FROM Spaces").isEmpty());
        Bridge.disconnect(c);
    }

    @Test
    void concurrentStatementsShareOneRenewedSignOn() throws Exception {
        long c = FakeSite.connect(OktaSsoIT.okta(site, sso, "okta.plain", ""));
        int accepted = sso.consumer().accepted();
        sso.consumer().expireAll();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    assertFalse(FakeSite.query(c, "SELECT Key FROM Spaces").isEmpty());
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        Bridge.disconnect(c);
        assertEquals(List.of(), failures);
        assertEquals(accepted + 1, sso.consumer().accepted());
    }

    @Test
    void logAtVerbosity5ShowsNoSecret() throws Exception {
        Path log = dir.resolve("sso.log");
        String logging = ";Logfile=" + log + ";Verbosity=5";
        long c = FakeSite.connect(crowd(logging));
        FakeSite.query(c, "SELECT Key FROM Spaces");
        sso.consumer().expireAll();
        FakeSite.query(c, "SELECT Key FROM Spaces");
        Bridge.disconnect(c);
        long o = FakeSite.connect(OktaSsoIT.okta(site, sso, "okta.mfa", logging + ";MFAType=Email;MFAPassCode=999999x"
                + ";APIToken=" + SsoDirectory.OKTA_API_TOKEN).replace("MFAPassCode=999999x", "MFAPassCode="
                + sendEmailCode()));
        Bridge.disconnect(o);
        refused(OktaSsoIT.okta(site, sso, "okta.plain", logging + ";SSOProperties='APIToken=00Nested-Wr0ng-Token'"));

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("signing on again"), text);
        assertTrue(text.contains("/api/v1/authn/factors/"), text);
        List<String> secrets = new ArrayList<>(sso.directory().issuedSecrets());
        secrets.addAll(List.of(SsoDirectory.CROWD_PASSWORD, SsoDirectory.CROWD_APP_PASSWORD, SsoDirectory.OKTA_PASSWORD,
                SsoDirectory.OKTA_API_TOKEN, "00Nested-Wr0ng-Token"));
        assertTrue(secrets.size() > 10);
        for (String s : secrets) {
            assertFalse(text.contains(s), "the log shows a secret: " + s.substring(0, Math.min(12, s.length())) + "...");
        }
    }

    /** Makes Okta e-mail a code to okta.mfa (a failed sign-on) and returns it. */
    private static String sendEmailCode() {
        refused(OktaSsoIT.okta(site, sso, "okta.mfa", ";MFAType=Email;MFARememberDevice=false"));
        return sso.directory().lastCode("okta.mfa", "email");
    }

    private static List<Object> ids(List<Object[]> rows) {
        return rows.stream().map(r -> r[0]).sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))).toList();
    }
}
