package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.RequestLog;
import io.quire.fake.idp.sso.SsoDirectory;
import io.quire.fake.idp.sso.SsoFakes;
import io.quire.fake.idp.sso.Totp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AuthScheme=Okta through the bridge against the fake Okta org, IdP and SAML consumer. */
class OktaSsoIT {
    private static FakeSite site;
    private static SsoFakes sso;
    /** Spaces the demo user sees with Basic auth: every SSO connection must see the same. */
    private static int expected;

    @TempDir
    Path configDir;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        sso = SsoFakes.of(site.server);
        long basic = site.connectAs(false, "");
        expected = spaces(basic);
        Bridge.disconnect(basic);
    }

    @AfterAll
    static void stop() {
        System.clearProperty("quire.configDir");
        site.close();
    }

    @BeforeEach
    void isolate() {
        System.setProperty("quire.configDir", configDir.toString());
        sso.directory().forgetDevices();
        site.clearRequests();
    }

    static String okta(String user, String extra) {
        return okta(site, sso, user, extra);
    }

    static String okta(FakeSite site, SsoFakes sso, String user, String extra) {
        return "Url=" + site.dcUrl() + ";AuthScheme=Okta;User=" + user + ";Password=" + SsoDirectory.OKTA_PASSWORD
                + ";SSOLoginURL=" + sso.oktaLoginUrl() + ";SSOExchangeUrl=" + sso.exchangeUrl() + extra;
    }

    static int spaces(long conn) throws BridgeException {
        return FakeSite.query(conn, "SELECT Key FROM Spaces").size();
    }

    private static long verifyRequests() {
        return site.requests().stream().filter(r -> r.path().endsWith("/verify")).count();
    }

    private static BridgeException refused(String connStr) {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(connStr));
        assertEquals("28000", e.sqlState(), e.getMessage());
        return e;
    }

    @Test
    void withoutMfa() throws Exception {
        int before = sso.consumer().accepted();
        long c = FakeSite.connect(okta("okta.plain", ""));
        assertEquals(expected, spaces(c));
        Bridge.disconnect(c);
        assertEquals(before + 1, sso.consumer().accepted());
        List<RequestLog.Entry> api = site.requests().stream().filter(r -> r.path().startsWith("/rest/api")).toList();
        assertTrue(api.stream().allMatch(r -> r.status() == 200 && r.auth().equals("none")), "cookies, not Basic");
    }

    @Test
    void badPasswordIsE0000004() {
        String cs = okta("okta.plain", "").replace(SsoDirectory.OKTA_PASSWORD, "Wr0ng-Okta-Pass");
        BridgeException e = refused(cs);
        assertTrue(e.getMessage().contains("E0000004"), e.getMessage());
        assertFalse(e.getMessage().contains("Wr0ng-Okta-Pass"));
    }

    @Test
    void trustedAppWithApiToken() throws Exception {
        long c = FakeSite.connect(okta("okta.plain", ";APIToken=" + SsoDirectory.OKTA_API_TOKEN));
        assertEquals(expected, spaces(c));
        Bridge.disconnect(c);
        assertTrue(site.requests().stream().anyMatch(r -> r.path().equals("/api/v1/authn") && r.auth().equals("SSWS")));
        BridgeException e = refused(okta("okta.plain", ";SSOProperties='APIToken=00NotTheToken'"));
        assertTrue(e.getMessage().contains("E0000011"), e.getMessage());
    }

    @Test
    void totpPassCode() throws Exception {
        String code = Totp.now(SsoDirectory.TOTP_SECRET);
        long c = FakeSite.connect(okta("okta.mfa", ";MFAPassCode=" + code + ";MFARememberDevice=false"));
        assertEquals(expected, spaces(c));
        Bridge.disconnect(c);
        BridgeException e = refused(okta("okta.mfa", ";MFAPassCode=000000;MFARememberDevice=false"));
        assertTrue(e.getMessage().contains("Okta Verify code"), e.getMessage());
    }

    @Test
    void pushApproved() throws Exception {
        long c = FakeSite.connect(okta("okta.mfa", ";MFARememberDevice=false"));
        assertEquals(expected, spaces(c));
        Bridge.disconnect(c);
        assertTrue(verifyRequests() >= 2, "sent, then polled");
    }

    @Test
    void pushRejected() {
        BridgeException e = refused(okta("okta.reject", ""));
        assertTrue(e.getMessage().contains("rejected"), e.getMessage());
        // a client that repeats the failed connect at once (pyodbc) gets the refusal again, without a second push
        BridgeException again = refused(okta("okta.reject", ""));
        assertTrue(again.getMessage().contains("rejected") && again.getMessage().contains("moments ago"),
                again.getMessage());
        assertEquals(1, site.requests().stream().filter(r -> r.path().equals("/api/v1/authn")).count());
    }

    @Test
    void pushTimedOutByOkta() {
        BridgeException e = refused(okta("okta.timeout", ""));
        assertTrue(e.getMessage().contains("timed it out"), e.getMessage());
    }

    @Test
    void pushNeverAnsweredIsBoundedByTimeout() {
        long start = System.nanoTime();
        BridgeException e = refused(okta("okta.pending", ";Timeout=3"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("within 3 s"), e.getMessage());
        assertTrue(ms >= 2_500 && ms < 8_000, "took " + ms + " ms");
    }

    @Test
    void emailChallengeThenReconnectWithTheCode() throws Exception {
        String base = okta("okta.mfa", ";SSOProperties='MFAType=Email;MFARememberDevice=false'");
        BridgeException e = refused(base);
        assertTrue(e.getMessage().contains("was sent") && e.getMessage().contains("MFAPassCode"), e.getMessage());
        String code = sso.directory().lastCode("okta.mfa", "email");
        assertTrue(code != null && code.length() == 6);
        assertEquals(0, sso.consumer().refused());
        long c = FakeSite.connect(base + ";MFAPassCode=" + code);
        assertEquals(expected, spaces(c));
        Bridge.disconnect(c);
    }

    @Test
    void wrongSmsCodeSendsANewOne() {
        String base = okta("okta.mfa", ";MFAType=SMS;MFARememberDevice=false");
        refused(base);
        String first = sso.directory().lastCode("okta.mfa", "sms");
        String wrong = first.equals("111111") ? "222222" : "111111";
        BridgeException e = refused(base + ";MFAPassCode=" + wrong);
        assertTrue(e.getMessage().contains("new one-time code"), e.getMessage());
        assertTrue(sso.directory().lastCode("okta.mfa", "sms") != null);
    }

    @Test
    void rememberedDeviceSkipsMfa() throws Exception {
        long c = FakeSite.connect(okta("okta.mfa", ";MFAPassCode=" + Totp.now(SsoDirectory.TOTP_SECRET)));
        Bridge.disconnect(c);
        assertEquals(1, sso.directory().rememberedDevices());
        Path devices = configDir.resolve("okta-devices");
        List<Path> files;
        try (Stream<Path> s = Files.list(devices)) {
            files = s.toList();
        }
        assertEquals(1, files.size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(devices)));

        site.clearRequests();
        long again = FakeSite.connect(okta("okta.mfa", ""));   // no passcode: would be a push
        assertEquals(expected, spaces(again));
        Bridge.disconnect(again);
        assertEquals(0, verifyRequests(), "the remembered device skipped the second factor");

        // MFARememberDevice=false neither sends nor keeps it: Okta asks again (and a wrong code fails)
        refused(okta("okta.mfa", ";MFARememberDevice=false;MFAPassCode=000000"));
    }

    @Test
    void linkWithoutSessionGivesAClearError() {
        BridgeException e = refused(okta("okta.plain", "").replace(sso.oktaLoginUrl(),
                site.dcUrl() + "/home/other_app/0oaX/alnX"));
        assertTrue(e.getMessage().contains("without a SAMLResponse form"), e.getMessage());
    }

    @Test
    void unreachableOrgIs08001() {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(okta("okta.plain", "")
                .replace(sso.oktaLoginUrl(), "http://127.0.0.1:9/home/x/y/z") + ";Timeout=5"));
        assertEquals("08001", e.sqlState(), e.getMessage());
    }
}
