package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.auth.SignOnSteps.Step;
import io.quire.fake.idp.oauth.FakeOAuthConfig;
import io.quire.fake.idp.sso.SsoDirectory;
import io.quire.fake.idp.sso.SsoFakes;
import io.quire.tools.ConnectionCheck;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection test names the sign-on step that failed, through the fake identity providers:
 * the IdP login, the second factor, the SAML check, the token exchange, the site's permission;
 * and its login timeout stops a sign-on that waits for a push nobody answers.
 */
@Timeout(120)
class ConnectionCheckSignOnIT {
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

    private static Step last(List<Step> steps) {
        return steps.get(steps.size() - 1);
    }

    private static List<String> names(List<Step> steps) {
        return steps.stream().map(Step::name).toList();
    }

    private static Step failed(String connStr, String step) {
        List<Step> steps = ConnectionCheck.run(connStr, null);
        Step s = last(steps);
        assertEquals(step, s.name(), steps.toString());
        assertFalse(s.ok(), steps.toString());
        assertTrue(steps.subList(0, steps.size() - 1).stream().allMatch(Step::ok), steps.toString());
        return s;
    }

    @Test
    void oktaSignOnReportsEachOfItsSteps() {
        List<Step> steps = ConnectionCheck.run(OktaSsoIT.okta(site, sso, "okta.plain", ""), null);
        assertEquals(List.of("Settings", "DNS", "TCP connect", "Site answers", "IdP login (Okta)", "IdP app sign-on (Okta)",
                "SAML response check", "Token exchange", "Site sign-in (Okta)", "Site permission"), names(steps));
        assertTrue(steps.stream().allMatch(Step::ok), steps.toString());
    }

    @Test
    void wrongPasswordAtOkta() {
        Step s = failed(OktaSsoIT.okta(site, sso, "okta.plain", "").replace(SsoDirectory.OKTA_PASSWORD, "Wr0ng-Okta-Pass"),
                "IdP login (Okta)");
        assertTrue(s.detail().contains("E0000004") && !s.detail().contains("Wr0ng-Okta-Pass"), s.detail());
    }

    @Test
    void mfaRejected() {
        List<Step> steps = ConnectionCheck.run(OktaSsoIT.okta(site, sso, "okta.reject", ";MFARememberDevice=false"), null);
        assertTrue(names(steps).contains("IdP login (Okta)"), steps.toString());
        Step s = last(steps);
        assertEquals("MFA", s.name(), steps.toString());
        assertTrue(s.detail().contains("rejected"), s.detail());
    }

    @Test
    void tamperedSamlResponse() {
        Step s = failed(OktaSsoIT.okta(site, sso, "okta.plain", "").replace(sso.oktaLoginUrl(),
                sso.oktaLoginUrl() + "?fault=tamper"), "SAML response check");
        assertTrue(s.detail().contains("refused before it was sent to the site"), s.detail());
    }

    @Test
    void crowdWrongPassword() {
        String cs = SsoSessionIT.crowd(site, sso, "").replace("Password=" + SsoDirectory.CROWD_PASSWORD + ";",
                "Password=Wr0ng-User-Pa55;");
        Step s = failed(cs, "IdP login (Crowd)");
        assertFalse(s.detail().contains("Wr0ng"), s.detail());
    }

    @Test
    void expiredRefreshToken() throws Exception {
        String u = site.server.url();
        String callback = "http://localhost:33333/check";
        String code = authorizationCode(callback);
        String body = "{\"grant_type\":\"authorization_code\",\"client_id\":\"" + FakeOAuthConfig.CLIENT_ID
                + "\",\"client_secret\":\"" + FakeOAuthConfig.CLIENT_SECRET + "\",\"code\":\"" + code
                + "\",\"redirect_uri\":\"" + callback + "\"}";
        HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create(u + "/__oauth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, t.statusCode(), t.body());
        String refresh = new ObjectMapper().readTree(t.body()).path("refresh_token").asText();
        admin("/__admin/oauth/expire?what=refresh");
        String cs = "Url=" + site.cloudUrl() + ";AuthScheme=OAuth;OAuthClientId=" + FakeOAuthConfig.CLIENT_ID
                + ";OAuthClientSecret=" + FakeOAuthConfig.CLIENT_SECRET + ";OAuthAuthorizationURL=" + u
                + "/__oauth/authorize;OAuthAccessTokenURL=" + u + "/__oauth/token;OAuthGatewayURL=" + u
                + ";InitiateOAuth=REFRESH;OAuthRefreshToken=" + refresh + ";OAuthSettingsLocation=" + dir.resolve("x.oauth");
        Step s = failed(cs, "Token exchange");
        assertTrue(s.detail().contains("refresh token was refused") && !s.detail().contains(refresh), s.detail());
    }

    @Test
    void siteRefusesTheSignedInAccount() throws Exception {
        admin("/__admin/faults?status=403&signedIn=1&count=1");
        Step s = failed("Url=" + site.dcUrl() + ";User=demo;Password=demo-password", "Site permission");
        assertTrue(s.detail().contains("403"), s.detail());
        admin("/__admin/faults?status=403&signedIn=1&count=1");
        failed(OktaSsoIT.okta(site, sso, "okta.plain", ""), "Site permission");
    }

    @Test
    void loginTimeoutStopsAPushNobodyAnswers() {
        long start = System.nanoTime();
        List<Step> steps = ConnectionCheck.run(OktaSsoIT.okta(site, sso, "okta.pending", ";MFARememberDevice=false"),
                null, 2);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Step s = last(steps);
        assertEquals("MFA", s.name(), steps.toString());
        assertTrue(s.detail().contains("login timeout"), s.detail());
        assertTrue(ms < 15_000, "stopped at the login timeout, not the push limit: " + ms + " ms");
    }

    private static String authorizationCode(String callback) throws Exception {
        String url = site.server.url() + "/__oauth/authorize?audience=api.atlassian.com&client_id="
                + FakeOAuthConfig.CLIENT_ID + "&scope=" + URLEncoder.encode("read:confluence-content.all offline_access",
                StandardCharsets.UTF_8) + "&redirect_uri=" + URLEncoder.encode(callback, StandardCharsets.UTF_8)
                + "&state=s&response_type=code&prompt=consent";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), r.body());
        String loc = r.headers().firstValue("Location").orElseThrow();
        return loc.substring(loc.indexOf("code=") + 5, loc.indexOf("&state"));
    }

    private static void admin(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.server.url() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.body());
    }
}
