package io.quire.auth.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.config.ConnectionConfig;
import io.quire.error.QuireException;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class SsoSettingsTest {
    private static final String BASE = "Url=https://wiki.example.com;AuthScheme=Okta;User=jane;Password=Pa55-Secret"
            + ";SSOLoginURL=https://org.okta.example/home/app/1/2;SSOExchangeUrl=https://wiki.example.com/plugins/servlet/samlconsumer";

    private static SsoSettings of(String cs) throws Exception {
        return SsoSettings.from(ConnectionConfig.from(cs, null));
    }

    @Test
    void nestedValuesFillGapsAndTopLevelWins() throws Exception {
        SsoSettings s = of(BASE + ";SSOProperties='MFAType=email;MFAPassCode=123456;MFARememberDevice=false;APIToken=00tok'");
        assertEquals("Email", s.mfaType());
        assertEquals("123456", s.passCode());
        assertFalse(s.rememberDevice());
        assertEquals("00tok", s.apiToken());
        SsoSettings top = of(BASE + ";MFAType=SMS;SSOProperties={MFAType=Email;MFAPassCode=1}");
        assertEquals("SMS", top.mfaType());
        assertTrue(top.secrets().containsAll(java.util.List.of("Pa55-Secret", "1")), "nested secrets are masked too");
    }

    @Test
    void defaults() throws Exception {
        SsoSettings s = of(BASE);
        assertEquals("OktaVerify", s.mfaType());
        assertNull(s.passCode());
        assertTrue(s.rememberDevice());
        assertEquals(60, s.timeout().toSeconds());
        assertFalse(s.toString().contains("Pa55-Secret"));
    }

    @Test
    void unknownNestedKeysAndBadValuesAreRefusedWithoutQuotingSecrets() {
        QuireException e = assertThrows(QuireException.class, () -> of(BASE + ";SSOProperties='Bogus=1'"));
        assertTrue(e.getMessage().contains("'Bogus'"), e.getMessage());
        QuireException bad = assertThrows(QuireException.class, () -> of(BASE + ";SSOProperties='MFAType=Voice'"));
        assertTrue(bad.getMessage().contains("MFAType"), bad.getMessage());
        QuireException malformed = assertThrows(QuireException.class, () -> of(BASE + ";SSOProperties='s3cretNoEquals'"));
        assertFalse(malformed.getMessage().contains("s3cretNoEquals"));
    }

    @Test
    void crowdNeedsTheApplication() {
        QuireException e = assertThrows(QuireException.class, () -> of(BASE.replace("Okta", "Crowd")));
        assertEquals("28000", e.state().code());
        assertTrue(e.getMessage().contains("SSOAppName"));
    }

    @Test
    void crowdBaseIsThePathBeforeConsole() {
        assertEquals("https://id.example/crowd", strip(CrowdSignOn.base(HttpUrl.get("https://id.example/crowd/console/secure/saml/sso.action"))));
        assertEquals("https://id.example", strip(CrowdSignOn.base(HttpUrl.get("https://id.example/console/secure/saml/sso.action"))));
        assertEquals("http://id.example:8095", strip(CrowdSignOn.base(HttpUrl.get("http://id.example:8095/sso"))));
        assertEquals("https://org.okta.example/", OktaSignOn.org(HttpUrl.get("https://org.okta.example/home/a/b/c?x=1")).toString());
    }

    private static String strip(HttpUrl u) {
        String s = u.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Test
    void sessionEndedOn401OrARedirectAwayFromTheApi() {
        Request api = new Request.Builder().url("https://wiki.example.com/rest/api/space").build();
        assertTrue(SsoSession.sessionEnded(api, response(api, 401, null)));
        assertFalse(SsoSession.sessionEnded(api, response(api, 200, null)));
        Request login = new Request.Builder().url("https://wiki.example.com/login.action?os_destination=x").build();
        Response redirected = response(login, 200, response(api, 302, null));
        assertTrue(SsoSession.sessionEnded(api, redirected));
        Response sameApi = response(api, 200, response(api, 302, null));
        assertFalse(SsoSession.sessionEnded(api, sameApi));
    }

    private static Response response(Request r, int code, Response prior) {
        return new Response.Builder().request(r).protocol(Protocol.HTTP_1_1).code(code).message("x")
                .priorResponse(prior).build();
    }
}
