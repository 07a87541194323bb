package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.auth.oauth.OAuthProcedures;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.idp.oauth.FakeOAuthConfig;
import io.quire.proc.Procedure;
import io.quire.proc.ProcedureContext;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** AuthScheme=OAuth and OAuthClient through the bridge against the fake site's OAuth server and gateway. */
@Timeout(120)
class OAuthIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SPACES = "SELECT Key FROM Spaces WHERE Key = 'ENG'";
    private static FakeSite site;
    private static String oauth;
    private static Path browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        String u = site.server.url();
        oauth = ";AuthScheme=OAuth;OAuthClientId=" + FakeOAuthConfig.CLIENT_ID + ";OAuthClientSecret="
                + FakeOAuthConfig.CLIENT_SECRET + ";OAuthAuthorizationURL=" + u + "/__oauth/authorize;OAuthAccessTokenURL="
                + u + "/__oauth/token;OAuthGatewayURL=" + u;
        // the "browser": follows the authorize URL's redirect to the driver's loopback callback
        browser = Files.createTempFile("fake-browser", ".sh");
        Files.writeString(browser, "#!/bin/sh\nexec /usr/bin/python3 -c 'import sys,urllib.request; "
                + "urllib.request.urlopen(sys.argv[1], timeout=30).read()' \"$1\"\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
    }

    @AfterAll
    static void stop() throws Exception {
        site.close();
        Files.deleteIfExists(browser);
    }

    @AfterEach
    void reset() throws Exception {
        System.clearProperty("quire.browser");
        System.clearProperty("quire.oauth.signInTimeoutSeconds");
        admin("/__admin/oauth/settings?access_token_seconds=3600");
    }

    @Test
    void offWithATokenGoesThroughTheGatewayWithTheDiscoveredCloudId() throws Exception {
        String token = tokens(FakeOAuthConfig.CLIENT_ID, FakeOAuthConfig.CLIENT_SECRET).path("access_token").asText();
        site.clearRequests();
        long c = FakeSite.connect("Url=" + site.cloudUrl() + oauth + ";OAuthAccessToken=" + token);
        try {
            assertEquals(1, FakeSite.query(c, SPACES).size());
            assertEquals(50, FakeSite.query(c, "SELECT Id FROM Pages LIMIT 50").size());
        } finally {
            Bridge.disconnect(c);
        }
        List<String> paths = site.requests().stream().map(RequestLog.Entry::path).toList();
        assertFalse(paths.isEmpty());
        for (String p : paths) {
            assertTrue(p.startsWith("/ex/confluence/" + FakeOAuthConfig.CLOUD_ID + "/wiki/"), p);
        }
    }

    @Test
    void aSiteTheTokenDoesNotReachIsNamed() throws Exception {
        String token = tokens(FakeOAuthConfig.CLIENT_ID, FakeOAuthConfig.CLIENT_SECRET).path("access_token").asText();
        String other = "http://localhost:" + site.server.port() + "/wiki";
        BridgeException e = assertThrows(BridgeException.class,
                () -> FakeSite.connect("Url=" + other + oauth + ";OAuthAccessToken=" + token));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("does not reach localhost")
                && e.getMessage().contains("127.0.0.1:" + site.server.port())
                && e.getMessage().contains("other-site.atlassian.net"), e.getMessage());
        // with CloudId set no discovery is needed
        long c = FakeSite.connect("Url=" + other + oauth + ";OAuthAccessToken=" + token + ";CloudId=" + FakeOAuthConfig.CLOUD_ID);
        assertEquals(1, FakeSite.query(c, SPACES).size());
        Bridge.disconnect(c);
    }

    @Test
    void getAndRefreshSignsInThroughTheBrowserOnceThenUsesTheFile() throws Exception {
        Path log = dir.resolve("quire.log");
        String conn = "Url=" + site.cloudUrl() + oauth + ";InitiateOAuth=GETANDREFRESH;CallbackURL=http://localhost:"
                + freePort() + "/callback;OAuthSettingsLocation=" + dir.resolve("oauth") + "/;Logfile=" + log + ";Verbosity=5";
        System.setProperty("quire.browser", browser.toString());
        long before = grants("authorization_code");
        long c = FakeSite.connect(conn);
        assertEquals(1, FakeSite.query(c, SPACES).size());
        Bridge.disconnect(c);
        assertEquals(before + 1, grants("authorization_code"));
        try (var files = Files.list(dir.resolve("oauth"))) {
            List<Path> all = files.toList();
            assertTrue(all.stream().anyMatch(p -> p.toString().endsWith(".oauth")), all.toString());
            assertTrue(all.stream().anyMatch(p -> p.toString().endsWith(".oauth.key")), all.toString());
        }
        // no browser this time: the stored tokens are used
        System.setProperty("quire.browser", "/nonexistent/browser");
        long again = FakeSite.connect(conn);
        assertEquals(1, FakeSite.query(again, SPACES).size());
        Bridge.disconnect(again);
        assertEquals(before + 1, grants("authorization_code"));
        assertNoSecrets(Files.readString(log));
    }

    @Test
    void refreshExchangesAVerifierOnceAndRenewsMidSession() throws Exception {
        String callback = "http://localhost:33333/headless";
        String code = authorize(callback);
        String conn = "Url=" + site.cloudUrl() + oauth + ";InitiateOAuth=REFRESH;CallbackURL=" + callback
                + ";OAuthVerifier=" + code + ";OAuthSettingsLocation=" + dir.resolve("s.oauth");
        long c = FakeSite.connect(conn);
        assertEquals(1, FakeSite.query(c, SPACES).size());
        // the access token expires: the site answers 401 once, the driver refreshes and retries
        long refreshes = grants("refresh_token");
        admin("/__admin/oauth/expire?what=access");
        assertEquals(1, FakeSite.query(c, SPACES).size());
        assertEquals(refreshes + 1, grants("refresh_token"));
        Bridge.disconnect(c);
        // the same connection string again: the verifier was already spent, the file's tokens are used
        long c2 = FakeSite.connect(conn);
        assertEquals(1, FakeSite.query(c2, SPACES).size());
        // the refresh token expires too: 28000 telling the user to sign in again
        admin("/__admin/oauth/expire?what=all");
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c2, SPACES));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("Sign in again"), e.getMessage());
        Bridge.disconnect(c2);
        BridgeException atConnect = assertThrows(BridgeException.class, () -> FakeSite.connect(conn));
        assertEquals("28000", atConnect.sqlState());
        assertTrue(atConnect.getMessage().contains("refresh token was refused"), atConnect.getMessage());
    }

    @Test
    void renewsBeforeExpiryWithoutA401() throws Exception {
        admin("/__admin/oauth/settings?access_token_seconds=30");
        String rt = tokens(FakeOAuthConfig.CLIENT_ID, FakeOAuthConfig.CLIENT_SECRET).path("refresh_token").asText();
        long c = FakeSite.connect("Url=" + site.cloudUrl() + oauth + ";InitiateOAuth=REFRESH;OAuthRefreshToken=" + rt
                + ";OAuthSettingsLocation=" + dir.resolve("r.oauth"));
        site.clearRequests();
        long before = grants("refresh_token");
        assertEquals(1, FakeSite.query(c, SPACES).size());
        assertEquals(12, FakeSite.query(c, "SELECT Id FROM Pages LIMIT 12").size());
        assertTrue(site.requests().stream().noneMatch(r -> r.status() == 401), "renewed early, never refused");
        assertTrue(grants("refresh_token") - before <= 1, "a short-lived token is not renewed on every request");
        Bridge.disconnect(c);
    }

    @Test
    void webFlowThroughTheProcedures() throws Exception {
        long c = FakeSite.connect("Url=" + site.cloudUrl() + oauth);
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, SPACES));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("GetOAuthAccessToken"), e.getMessage());

        ProcedureContext ctx = context(c);
        String callback = "https://app.example.com/oauth/done";
        Object[] url = call(ctx, "GetOAuthAuthorizationURL", Map.of("AuthMode", "WEB", "CallbackURL", callback,
                "State", "xyz")).getFirst();
        String location = follow((String) url[0]);
        assertTrue(location.startsWith(callback + "?code=") && location.endsWith("state=xyz"), location);
        String code = URI.create(location).getQuery().replaceAll("^code=([^&]*)&.*$", "$1");
        Object[] row = call(ctx, "GetOAuthAccessToken", Map.of("AuthMode", "WEB", "Verifier", code,
                "CallbackURL", callback)).getFirst();
        assertTrue(((String) row[0]).startsWith("qat_") && ((String) row[1]).startsWith("qrt_"));
        assertEquals(3600L, (Long) row[2], 2.0);
        assertEquals(1, FakeSite.query(c, SPACES).size());

        Object[] refreshed = call(ctx, "RefreshOAuthAccessToken", Map.of("OAuthRefreshToken", (String) row[1])).getFirst();
        assertNotEquals(row[0], refreshed[0]);
        assertNotEquals(row[1], refreshed[1]);
        assertEquals(1, FakeSite.query(c, SPACES).size());
        Bridge.disconnect(c);
        BridgeException reused = assertThrows(BridgeException.class, () -> FakeSite.connect("Url=" + site.cloudUrl()
                + oauth + ";InitiateOAuth=REFRESH;OAuthRefreshToken=" + row[1] + ";OAuthSettingsLocation=" + dir.resolve("w.oauth")));
        assertEquals("28000", reused.sqlState(), "a rotated refresh token is spent");
    }

    @Test
    void clientCredentialsOnDataCenterRefetchedWhenExpired() throws Exception {
        Path log = dir.resolve("cc.log");
        long c = FakeSite.connect("Url=" + site.dcUrl() + ";AuthScheme=OAuthClient;OAuthClientId="
                + FakeOAuthConfig.SERVICE_CLIENT_ID + ";OAuthClientSecret=" + FakeOAuthConfig.SERVICE_CLIENT_SECRET
                + ";OAuthAccessTokenURL=" + site.server.url() + "/__oauth/token;Logfile=" + log + ";Verbosity=5");
        long n = grants("client_credentials");
        assertEquals(1, FakeSite.query(c, SPACES).size());
        admin("/__admin/oauth/expire?what=access");
        assertEquals(1, FakeSite.query(c, SPACES).size());
        assertEquals(n + 1, grants("client_credentials"));
        Bridge.disconnect(c);
        assertNoSecrets(Files.readString(log));
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect("Url=" + site.dcUrl()
                + ";AuthScheme=OAuthClient;OAuthClientId=" + FakeOAuthConfig.SERVICE_CLIENT_ID
                + ";OAuthClientSecret=Wr0ng-S3cret;OAuthAccessTokenURL=" + site.server.url() + "/__oauth/token"));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("invalid_client") && !e.getMessage().contains("Wr0ng-S3cret"), e.getMessage());
    }

    @Test
    void bearerFromAnIdentityProviderOnDataCenter() throws Exception {
        String token = clientCredentials().path("access_token").asText();
        site.clearRequests();
        long c = FakeSite.connect("Url=" + site.dcUrl() + ";AuthScheme=OAuth;OAuthAccessToken=" + token);
        assertEquals(1, FakeSite.query(c, SPACES).size());
        assertTrue(site.requests().stream().allMatch(r -> r.path().startsWith("/rest/api/") && r.auth().equals("Bearer")));
        admin("/__admin/oauth/expire?what=access");
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, SPACES));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("expired or was revoked"), e.getMessage());
        Bridge.disconnect(c);
    }

    // ---- helpers ----

    private static void assertNoSecrets(String logText) {
        assertTrue(logText.contains("Authorization: ********"), logText);
        for (String marker : List.of("qat_", "qrt_", "qac_", FakeOAuthConfig.CLIENT_SECRET, FakeOAuthConfig.SERVICE_CLIENT_SECRET)) {
            assertFalse(logText.contains(marker), "the log shows " + marker);
        }
    }

    private static List<Object[]> call(ProcedureContext ctx, String name, Map<String, String> args) {
        Procedure p = OAuthProcedures.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return p.call(ctx, args);
    }

    /** The connection's procedure context, as the SQL wiring will build it. */
    @SuppressWarnings("unchecked")
    private static ProcedureContext context(long connId) throws Exception {
        Field f = Bridge.class.getDeclaredField("CONNECTIONS");
        f.setAccessible(true);
        BridgeConnection bc = ((ConcurrentHashMap<Long, BridgeConnection>) f.get(null)).get(connId);
        return new ProcedureContext(bc.config, bc.site.authenticator(), bc.site.signOnHttp(), bc.log);
    }

    /** Signs in at the fake authorize endpoint for callback and returns the code (not yet exchanged). */
    private static String authorize(String callback) throws Exception {
        String url = site.server.url() + "/__oauth/authorize?audience=api.atlassian.com&client_id="
                + FakeOAuthConfig.CLIENT_ID + "&scope=" + enc("read:confluence-content.all offline_access")
                + "&redirect_uri=" + enc(callback) + "&state=s&response_type=code&prompt=consent";
        String loc = follow(url);
        return loc.substring(loc.indexOf("code=") + 5, loc.indexOf("&state"));
    }

    private static String follow(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode tokens(String id, String secret) throws Exception {
        String callback = "http://localhost:33333/t";
        String body = "{\"grant_type\":\"authorization_code\",\"client_id\":\"" + id + "\",\"client_secret\":\"" + secret
                + "\",\"code\":\"" + authorize(callback) + "\",\"redirect_uri\":\"" + callback + "\"}";
        return post("/__oauth/token", "application/json", body, null);
    }

    private static JsonNode clientCredentials() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((FakeOAuthConfig.SERVICE_CLIENT_ID + ":"
                + FakeOAuthConfig.SERVICE_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return post("/__oauth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials", "Basic " + basic);
    }

    private static JsonNode post(String path, String type, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.server.url() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return MAPPER.readTree(r.body());
    }

    private static void admin(String path) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(site.server.url() + path)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private static long grants(String grant) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.server.url() + "/__admin/oauth/grants"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(r.body()).path(grant).asLong(0);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
